package io.kubemate.connectors.core;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body; the first value wins for repeated names. A broken escape
 * ({@code %%%}, {@code %E}) or bytes that are not UTF-8 make it a {@link MalformedRequestException}.
 */
public final class FormBody {

    private FormBody() {
    }

    public static Map<String, String> parse(byte[] rawBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = utf8(rawBody, "the form body");
        if (body.isBlank()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            int c = encoded.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || !hex(encoded.charAt(i + 1)) || !hex(encoded.charAt(i + 2))) {
                    throw new MalformedRequestException("the form body has a broken percent-encoding near '"
                            + encoded.substring(i, Math.min(encoded.length(), i + 3)) + "'");
                }
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                byte[] plain = Character.toString(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
                i += Character.charCount(c) - 1;
            }
        }
        return utf8(bytes.toByteArray(), "a form field");
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Strict UTF-8: malformed bytes are refused rather than passed on as replacement characters. */
    static String utf8(byte[] raw, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException(what + " is not valid UTF-8");
        }
    }
}
