package dev.rolecall.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Amounts a rep works out in steps from the card's prices and the customer's numbers, as a quote is read out:
 * "with 56 adults, the six-year-old at $16 and the two-year-old free, you're looking at $1,808 for food plus $325.44
 * service charge, $2,133.44 before tax". A count × a card price plus another card price or such product; the card's
 * percentage of an amount already worked out, or that amount with the percentage on top; two amounts worked out,
 * added. Each step builds only on amounts the call has already borne out, so a wrong figure is not made right by
 * arithmetic on itself.
 */
final class WorkedAmounts {
    private static final double CENT = 0.005;

    private WorkedAmounts() {}

    /** {@code done}: money the rep said earlier in the call that was found right. */
    static boolean workedOut(double value, CardProfile card, Set<Double> counts, Set<Double> done) {
        List<Double> terms = new ArrayList<>(card.amounts);
        for (double price : card.amounts) {
            for (double n : counts) {
                if (n >= 2) {
                    terms.add(price * n);
                }
            }
        }
        for (int i = card.amounts.size(); i < terms.size(); i++) { // one term at least is a product
            for (int j = 0; j < terms.size(); j++) {
                if (j != i && near(terms.get(i) + terms.get(j), value)) {
                    return true;
                }
            }
        }
        List<Double> before = new ArrayList<>(done);
        for (int i = 0; i < before.size(); i++) {
            double w = before.get(i);
            for (double rate : card.rates) {
                if (near(w * rate / 100, value) || near(w * (1 + rate / 100), value)) {
                    return true;
                }
            }
            for (int j = i + 1; j < before.size(); j++) {
                if (near(w + before.get(j), value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < CENT;
    }
}
