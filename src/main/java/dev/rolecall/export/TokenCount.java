package dev.rolecall.export;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;

/**
 * Tokens of a training record as OpenAI's o200k_base tokenizer counts them (GPT-4o, GPT-4o mini,
 * the o-series): the message contents, without the few tokens of per-message framing. For other
 * models' tokenizers it is an estimate. Only this table ships in the jar (see pom.xml).
 */
final class TokenCount {
    static final String ENCODING = "o200k_base";
    // the lazy registry loads only the table asked for; the default one would load all four
    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private TokenCount() {}

    static int of(List<ChatFormat.Message> messages) {
        // ordinary: text like "<|endoftext|>" in a transcript is counted as text, never refused
        return messages.stream().mapToInt(m -> O200K.countTokensOrdinary(m.content())).sum();
    }
}
