package dev.rolecall.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which end conditions need a call-back time the customer names or agrees to, as the rep and the scorer read them alike. */
class CallbackConditionTest {

    @Test
    void aTimeAgreedIsNeededUnlessTheDetailsSentInWritingAreTheOtherWayOfTwo() {
        assertThat(CallbackCondition.agreesTime("She needs to check with her husband and you agree on a time to call back")).isTrue();
        assertThat(CallbackCondition.agreesTime("客户要跟家里人商量，约好了回电的时间")).isTrue();
        assertThat(CallbackCondition.agreesTime("Carl needs to check with the owner or the insurer first, and a call-back time is agreed"
                + " with the quote emailed meanwhile")).isTrue(); // emailed as well, not instead
        // the junior-ski card: a deferral closed with "I'll email both packages and the fitting times now" bears it out
        assertThat(CallbackCondition.agreesTime("Greg wants to check with his wife or check his schedule first, and either a call-back"
                + " time is agreed or the details are sent by email")).isFalse();
        assertThat(CallbackCondition.agreesTime("客户要考虑，约好了回电时间，或者把方案发短信给他")).isFalse();
        assertThat(CallbackCondition.agreesTime("Greg wants to talk it over with his wife first and asks for a call back at a set time"))
                .isTrue();
        assertThat(CallbackCondition.agreesTime("Kevin cancels the course or asks not to be called again")).isFalse();
    }
}
