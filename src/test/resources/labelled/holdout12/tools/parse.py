import re, sys, os
NAMES = ["叶思琪","梁浩","小叶","梁先生","客人","Owen Pratt","Brenda Kowalski","Owen","Brenda","邵雨桐","钱志远","小邵","钱先生","家长","Rosa Delgado","Keith Lambert","Rosa","Keith","何佳","谢国栋","小何","谢师傅","顾客","Erin Walsh","Martin Okafor","Erin","Martin","罗婷","彭磊","调度","Tasha Grant","Gordon Pike","Tasha","Gordon","Rep","Tenant","苏晴","韩东","管家","租客","Marcus Bell","Denise Alvarado","Marcus","Denise","邓佳怡","郑凯","专员","学员","Carmen Reyes","Glen Hargrove","Carmen","Glen","许蔓","冯建军","顾问","冯先生","Jenna Ortiz","Walter Kim","Jenna","Walter","Passenger","护士","患者","赵雪","孙志刚","Nadia Brooks","Gary Whitman","Nadia","Gary","林晓雯","吴建华","客服","业主","Megan Cole","Ray Donnelly","Megan","Ray","Priya Nair","Dan Whitfield","Priya","Dan","孙悦","黄立新","Tom Baker","Linda Park","Tom","Linda","周敏","陈伟","Sarah Lee","Mark Davis","Sarah","Mark","Agent","Customer","李明","张强","坐席","客户","王芳","刘洋","陈静","赵建国"]
PAT = re.compile(r'^(' + "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)) + r')\s*[：:]\s*(.*)$')
def parse(path):
    utts = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        m = PAT.match(line)
        if m:
            utts.append([m.group(1), m.group(2)])
        else:
            assert utts, (path, line)
            utts[-1][1] += "\n" + line
    return utts
if __name__ == '__main__':
    for p in sys.argv[1:]:
        print("=====", os.path.basename(p))
        for i, (s, t) in enumerate(parse(p)):
            print(f"{i:2d} {s}: {t[:70].replace(chr(10),' / ')}")
