package dev.rolecall.report;

/**
 * The transcript viewer: controls, an empty list, and the script that fills it from the embedded
 * call data one page at a time. The script builds every node with {@code textContent}, never
 * markup, so transcript text cannot become HTML. The state lives in the URL's fragment
 * ({@code #metric=questions&sort=best}), so a link can point a colleague at exactly these calls.
 */
final class Viewer {
    private Viewer() {}

    static final int PAGE = 50;

    static String controls() {
        return CONTROLS.replace("FAIL_BELOW", Svg.fmt(ItemTable.FAIL));
    }

    private static final String CONTROLS = """
                <h2 id="viewer">Transcripts</h2><div class="filters">
                sort <select id="sort"><option value="worst">worst first</option><option value="best">best first</option>\
                <option value="file">file order</option></select>
                <span id="inputBox">file <select id="input"><option value="">any</option></select></span>
                item <select id="metric"><option value="">any</option></select> below <input id="below" type="number" \
                value="FAIL_BELOW" min="0" max="1" step="0.05">
                score <input id="minScore" type="number" value="0" min="0" max="100"> to \
                <input id="maxScore" type="number" value="100" min="0" max="100">
                ending <select id="ending"><option value="">any</option></select>
                search <input id="q" type="search" placeholder="seed or words" size="14">
                </div><div class="pager"><button id="prev">← previous</button> <span id="shown"></span> \
                <button id="next">next →</button></div><div id="calls"></div>
                <noscript><p>The transcript viewer needs JavaScript; the charts above do not.</p></noscript>
                """;

    static String script() {
        return JS.replace("PAGE_SIZE", String.valueOf(PAGE)).replace("FAIL_BELOW", Svg.fmt(ItemTable.FAIL));
    }

    private static final String JS = """
            (function(){
            var D=JSON.parse(document.getElementById('call-data').textContent),T=D.texts,C=D.calls;
            function $(id){return document.getElementById(id);}
            function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
            function fill(sel,labels){labels.forEach(function(l,i){var o=el('option',null,l);o.value=String(i);sel.appendChild(o);});}
            fill($('input'),D.inputs);fill($('metric'),D.metrics);fill($('ending'),D.ends);
            if(D.inputs.length<2)$('inputBox').style.display='none';
            var ctl=['sort','input','metric','below','minScore','maxScore','ending','q'],page=0,rows=[];
            function num(v,d){var x=parseFloat(v);return isNaN(x)?d:x;}
            function key(c,m){var v=m===''?c[2]:c[4][+m];return v==null?Infinity:v;}
            function apply(){
              var s=$('sort').value,inp=$('input').value,m=$('metric').value,lo=num($('minScore').value,0),
                  hi=num($('maxScore').value,100),bl=num($('below').value,FAIL_BELOW),e=$('ending').value,q=$('q').value.trim().toLowerCase(),hit=null;
              if(q&&!/^\\d+$/.test(q)){hit={};T.forEach(function(t,i){if(t.toLowerCase().indexOf(q)>=0)hit[i]=1;});}
              rows=[];
              for(var i=0;i<C.length;i++){var c=C[i];
                if(inp!==''&&c[0]!==+inp)continue;
                if(c[2]!=null&&(c[2]<lo||c[2]>hi))continue;
                if(e!==''&&c[3]!==+e)continue;
                if(m!==''&&!(c[4][+m]!=null&&c[4][+m]<bl))continue;
                if(q&&!hit&&String(c[1])!==q)continue;
                if(hit&&!c[5].some(function(t){return hit[t[2]];}))continue;
                rows.push(i);}
              // unscored calls last either way; ties by overall score, then file order
              if(s!=='file')rows.sort(function(a,b){var ka=key(C[a],m),kb=key(C[b],m);
                if((ka===Infinity)!==(kb===Infinity))return ka===Infinity?1:-1;
                var d=ka-kb;if(!d){d=key(C[a],'')-key(C[b],'');if(d!==d)d=0;}return (s==='best'?-d:d)||a-b;});
              var h=[];ctl.forEach(function(k){var v=$(k).value;if(v!==''&&!(k==='sort'&&v==='worst')&&!(k==='minScore'&&v==='0')
                &&!(k==='maxScore'&&v==='100')&&!(k==='below'&&v==='FAIL_BELOW'))h.push(k+'='+encodeURIComponent(k==='metric'?D.keys[+v]:v));});
              try{history.replaceState(null,'',h.length?'#'+h.join('&'):location.pathname+location.search);}catch(x){}
              draw();}
            function weakest(c){var w=[];c[4].forEach(function(v,i){if(v!=null&&v<FAIL_BELOW)w.push(D.metrics[i]+' '+v);});
              return w.length?' · failing: '+w.slice(0,3).join(', ')+(w.length>3?' +'+(w.length-3):''):'';}
            function body(d,c){
              if(c[8].length){var u=el('ul','critical');c[8].forEach(function(x){u.appendChild(el('li',null,x));});d.appendChild(u);}
              if(c[9].length){var r=el('ul','reasons');c[9].forEach(function(x){
                r.appendChild(el('li',x[1]<FAIL_BELOW?'fail':null,T[x[0]]+' '+x[1]+': '+T[x[2]]));});d.appendChild(r);}
              c[5].forEach(function(t,i){var b=el('div','bubble '+(t[0]?'callee':'caller')+(c[6].indexOf(i)>=0||t[4]?' flagged':''));
                b.appendChild(el('b',null,T[t[1]]));b.appendChild(document.createTextNode(' '+T[t[2]]));
                if(t[3]!=null)b.appendChild(el('span','end',' [END:'+t[3]+']'));
                if(t[4])b.appendChild(el('span','flags',' '+t[4]));d.appendChild(b);});
              d.appendChild(el('p','note',T[c[7]]));}
            function draw(){
              var pages=Math.max(1,Math.ceil(rows.length/PAGE_SIZE));page=Math.min(page,pages-1);
              var list=$('calls');list.textContent='';
              rows.slice(page*PAGE_SIZE,(page+1)*PAGE_SIZE).forEach(function(i,k){var c=C[i],d=el('details','call');
                d.setAttribute('data-seed',c[1]);
                d.appendChild(el('summary',null,'#'+(page*PAGE_SIZE+k+1)+' · '+D.inputs[c[0]]+' · seed '+c[1]+' · '+
                  (c[2]==null?'not scored':'score '+c[2])+' · '+c[5].length+' turns · '+D.ends[c[3]]+weakest(c)));
                d.addEventListener('toggle',function(){if(d.open&&d.childNodes.length<2)body(d,c);});
                if(rows.length===1){d.open=true;body(d,c);} // a search that finds one call shows it
                list.appendChild(d);});
              $('shown').textContent=rows.length+' calls shown · page '+(page+1)+' of '+pages;
              $('prev').disabled=page===0;$('next').disabled=page>=pages-1;}
            ctl.forEach(function(k){['input','change'].forEach(function(ev){$(k).addEventListener(ev,function(){page=0;apply();});});});
            $('prev').addEventListener('click',function(){page--;draw();});
            $('next').addEventListener('click',function(){page++;draw();});
            document.querySelectorAll('button.show').forEach(function(b){b.addEventListener('click',function(){
              $('input').value=D.inputs.length<2?'':b.getAttribute('data-input');$('metric').value=b.getAttribute('data-metric');
              $('below').value=b.getAttribute('data-below');$('sort').value='worst';page=0;apply();$('viewer').scrollIntoView();});});
            // a heatmap column: its calls by score range, worst first
            document.querySelectorAll('svg[data-ranges]').forEach(function(svg){svg.addEventListener('click',function(ev){
              var c=ev.target.getAttribute('data-c');if(c==null)return;var r=svg.getAttribute('data-ranges').split(';')[+c].split(',');
              $('input').value=D.inputs.length<2?'':svg.getAttribute('data-input');$('metric').value='';
              $('minScore').value=r[0];$('maxScore').value=r[1];$('sort').value='worst';page=0;apply();$('viewer').scrollIntoView();});});
            var linked=false;
            location.hash.replace(/^#/,'').split('&').forEach(function(p){var kv=p.split('=');
              if(ctl.indexOf(kv[0])<0)return;
              try{var v=decodeURIComponent(kv[1]||'');}catch(x){return;}
              // an item is named in links ("questions", "step 3"), so a link survives a report with other items
              $(kv[0]).value=kv[0]==='metric'?String(D.keys.indexOf(v)):v;linked=true;});
            apply();
            if(linked)$('viewer').scrollIntoView(); // a link to some calls lands on them
            // time from navigation to a drawn viewer, for the README's load-time figure and its test
            document.body.setAttribute('data-ready-ms',String(Math.round(performance.now())));
            })();
            """;
}
