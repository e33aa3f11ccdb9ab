package dev.rolecall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactTest {

    @Test
    void userinfoIsMaskedWhole() {
        assertThat(Redact.url("http://user:sk-abc123456@host:8080/v1")).isEqualTo("http://***@host:8080/v1");
        assertThat(Redact.url("https://sk-abc123456@api.example.com/v1")).isEqualTo("https://***@api.example.com/v1");
        // an @ in the path is not userinfo
        assertThat(Redact.url("https://host/v1/models/a@b")).isEqualTo("https://host/v1/models/a@b");
    }

    @Test
    void credentialQueryValuesAreMaskedOthersKept() {
        assertThat(Redact.url("https://x.openai.azure.com/openai/deployments/d?api-version=2024-06-01&api-key=abc"))
                .isEqualTo("https://x.openai.azure.com/openai/deployments/d?api-version=2024-06-01&api-key=***");
        for (String name : new String[] {"key", "api-key", "api_key", "apikey", "API-KEY", "token", "access_token",
                "subscription-key", "x-api-key", "client_secret", "password", "sig", "auth"}) {
            assertThat(Redact.url("http://h/v1?a=1&" + name + "=s3cr3t&b=2")).as(name)
                    .isEqualTo("http://h/v1?a=1&" + name + "=***&b=2");
        }
        for (String name : new String[] {"api-version", "model", "monkey", "keyboard", "tokens_max"}) {
            assertThat(Redact.url("http://h/v1?" + name + "=v")).as(name).isEqualTo("http://h/v1?" + name + "=v");
        }
        assertThat(Redact.url("http://h/v1#access_token=abc&x=1")).isEqualTo("http://h/v1#access_token=***&x=1");
    }

    @Test
    void urlsInsideTextAreRedactedAndTrailingPunctuationKept() {
        assertThat(Redact.text("rolecall: http://u:p4ssword@h/v1?key=k: 401 unauthorized"))
                .isEqualTo("rolecall: http://***@h/v1?key=***: 401 unauthorized");
        assertThat(Redact.text("(see https://h/v1?token=abc).")).isEqualTo("(see https://h/v1?token=***).");
        assertThat(Redact.text("no url here")).isEqualTo("no url here");
        assertThat(Redact.url(null)).isNull();
    }

    @Test
    void secretsSeenInAUrlAreMaskedAnywhereLaterIncludingDecodedForms() {
        Redact.secretsOf("http://bob:sk-redacttest%2Fuser1@h/v1?api-key=sk-redacttest-query2");
        assertThat(Redact.text("echo sk-redacttest/user1 and sk-redacttest-query2 and sk-redacttest%2Fuser1"))
                .isEqualTo("echo *** and *** and ***");
        Redact.secret("x"); // too short to be a key: ordinary words stay intact
        assertThat(Redact.secrets("x marks the box")).isEqualTo("x marks the box");
    }
}
