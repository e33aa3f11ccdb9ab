package dev.rolecall.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways to pay a card's script lists ("You can pay by check, cash at the shed on Saturdays 9 to noon, or online at …"
 * → check, cash, online; "续课可以微信、支付宝或刷卡" → 微信, 支付宝, 刷卡), and the question that asks which. A card
 * whose read-back says "paying by [method]" needs the customer's pick first: the fourteenth review found 5 of 20 calls
 * closed as "agrees a payment method" with none chosen, and the read-back said "paying by method" aloud.
 */
final class PaymentOptions {
    private PaymentOptions() {
    }

    // "You pay after the job, either by card through a text link we send you or by leaving a check with the crew." (review 26)
    // "Billing is monthly by card or ACH, first charge on the install day…" (review 27: "Billing by monthly" in 8 of 9 read-backs)
    private static final Pattern EN_PAY = Pattern.compile("\\b(?:pay(?:ing|ment)?|paid|billing|billed|charged)\\s+(?:is\\s+)?"
            + "(?:(?:monthly|weekly|yearly|annually|quarterly)\\s+)?(?:(?:after|on|at|when|once)\\b[^.;!?,]{0,25},?\\s+)?"
            + "(?:either\\s+)?(?:by|with|via|through|using)\\s+([^.;!?]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_ITEM = Pattern.compile("\\bor\\s+[^,]+");
    private static final Pattern EN_SPLIT = Pattern.compile("\\s*,\\s*(?:or\\s+)?|\\s+or\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_LEAD = Pattern.compile("^(?:(?:by|with|in|via|using|through|a|an|the|leaving|handing|giving|mailing|writing)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    /** Where an option's name ends: "cash at the shed on Saturdays", "online at riversidegarden.example/pay". */
    private static final Pattern EN_TAIL = Pattern.compile("\\s+(?:at|on|in|from|to|through|via|before|within|by|for|and|over|now|upon|when|if|after|with)\\b.*|\\s*\\d.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_NOT_A_WAY = Pattern.compile("^(?:(?:within|before|after|once|any|at|on|in|for|up|by|it|that|this)\\b|\\$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_PAY = Pattern.compile("付款|支付|付费|缴费|交费|刷卡|转账|现金|微信|支付宝");
    private static final Pattern ZH_SPLIT = Pattern.compile("、|或者|或是|或|还是|和|及");
    private static final Pattern ZH_LEAD = Pattern.compile("^.*(?:可以用|可以|可用|支持|通过|使用|用|选择|是)");

    /** The ways to pay a line lists, in its order; empty when it lists fewer than two. */
    static List<String> of(String line) {
        return Speech.zh(line) ? zh(line) : en(line);
    }

    private static List<String> en(String line) {
        Matcher m = EN_PAY.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String list = m.group(1).trim();
        // the list ends with its "or" item: "card or ACH, first charge on the install day" lists two ways, not three
        Matcher or = LAST_ITEM.matcher(list);
        if (or.find()) {
            list = list.substring(0, or.end());
        }
        for (String part : EN_SPLIT.split(list)) {
            String name = EN_TAIL.matcher(EN_LEAD.matcher(part.trim()).replaceFirst("")).replaceFirst("").trim();
            if (!name.isEmpty() && name.split("\\s+").length <= 3 && !EN_NOT_A_WAY.matcher(name).find() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    // "面签完可以扫码或者对公转账付全款" offers 扫码 and 对公转账 (review 29: "对公转账付全款" was too long for a name)
    private static List<String> zh(String line) {
        for (String clause : line.split("[，,。；;！!？?]")) {
            if (!ZH_PAY.matcher(clause).find() || !ZH_SPLIT.matcher(clause).find()) {
                continue;
            }
            List<String> out = new ArrayList<>();
            for (String part : ZH_SPLIT.split(clause)) {
                String name = ZH_LEAD.matcher(part.trim()).replaceFirst("").replaceAll("(?:付|支付|缴|交)(?:全款|尾款|余款|定金|订金|首付|款|费|钱)?$", "").trim();
                if (name.length() >= 2 && name.length() <= 6 && !out.contains(name)) {
                    out.add(name);
                }
            }
            if (out.size() >= 2) {
                // and the ways the line's other clauses add: "付款可以微信、支付宝，也可以像以前一样让老陈上门收现金" offers cash too (the
                // fifteenth review's customer, who pays cash, picked 微信 and then said "还是给老陈现金吧")
                Matcher more = ZH_WAY.matcher(line.substring(line.indexOf(clause) + clause.length()));
                while (more.find()) {
                    if (!out.contains(more.group())) {
                        out.add(more.group());
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** The Chinese ways to pay, also how {@link TemplateFiller} tells a pick of how to pay. */
    static final Pattern ZH_WAY = Pattern.compile("现金|刷卡|转账|微信|支付宝|扫码|银行卡|信用卡|花呗");

    /** The first list of ways to pay in the lines, or empty. */
    static List<String> in(List<String> lines) {
        for (String l : lines) {
            List<String> o = of(l);
            if (!o.isEmpty()) {
                return o;
            }
        }
        return List.of();
    }

    /** The question asking which ("How would you like to pay: check, cash, or online?"), in a form the customer reads as options. */
    static String question(List<String> options, Lang lang) {
        String last = options.get(options.size() - 1);
        List<String> rest = options.subList(0, options.size() - 1);
        if (lang == Lang.ZH) {
            return "付款方式您看是" + String.join("、", rest) + "还是" + last + "？";
        }
        return "How would you like to pay: " + String.join(", ", rest) + (options.size() > 2 ? "," : "") + " or " + last + "?";
    }
}
