package io.onewindow.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA256) for identities that travel in events: the same person or
 * device always gets the same pseudonym under one key, so supervision can count and match
 * them, while nobody without the key can recompute a pseudonym from an ID number. Every
 * service that must produce or match pseudonyms is given the same key.
 *
 * <p><b>Rotation.</b> The key may have versions ({@link #ofVersions}: {@code v2:<new>,v1:<old>},
 * the first is the current one). Pseudonyms are always made under the current key; while older
 * pseudonyms are still stored, {@link #all} gives a person's pseudonym under every configured
 * version and {@link #matches} tells whether a stored pseudonym is one of them, so matching keeps
 * working through a rotation. The procedure is in {@code docs/security.md}.
 */
public final class IdentityPseudonyms {

    /** Shortest key accepted: a guessable key would make the pseudonyms reversible by search. */
    public static final int MIN_KEY_LENGTH = 16;

    /** The id a single key without a version gets. */
    public static final String SINGLE_KEY_ID = "default";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /**
     * One version of the key.
     *
     * @param id names the version ({@code v1}, {@code 2026-12}: letters, digits, {@code . _ -})
     * @param secret at least {@value #MIN_KEY_LENGTH} characters
     */
    public record Key(String id, String secret) {

        public Key {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "a pseudonym key id is 1 to 32 letters, digits, '.', '_' or '-', not '" + id + "'");
            }
            if (secret == null || secret.length() < MIN_KEY_LENGTH) {
                throw new IllegalArgumentException(
                        "the pseudonym key must have at least " + MIN_KEY_LENGTH + " characters");
            }
        }

        @Override
        public String toString() {
            return "Key[" + id + "]"; // never the secret
        }
    }

    private final List<Key> keys;
    private final SecretKeySpec key;
    private final List<IdentityPseudonyms> generations;

    /** Pseudonyms under one key (id {@value #SINGLE_KEY_ID}). */
    public IdentityPseudonyms(String secretKey) {
        this(List.of(new Key(SINGLE_KEY_ID, secretKey)));
    }

    /**
     * Pseudonyms under versioned keys: made under the first (the current one), matched under any.
     *
     * @throws IllegalArgumentException if there is no key, or two share an id or a secret
     */
    public IdentityPseudonyms(List<Key> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("at least one pseudonym key is needed");
        }
        Set<String> ids = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (Key version : keys) {
            if (!ids.add(version.id())) {
                throw new IllegalArgumentException("pseudonym key id " + version.id() + " is given twice");
            }
            if (!secrets.add(version.secret())) {
                throw new IllegalArgumentException("two pseudonym key versions have the same secret");
            }
        }
        this.keys = List.copyOf(keys);
        this.key = spec(keys.get(0).secret());
        if (keys.size() == 1) {
            this.generations = List.of(this);
        } else {
            List<IdentityPseudonyms> each = new ArrayList<>();
            each.add(new IdentityPseudonyms(keys.get(0)));
            for (Key older : keys.subList(1, keys.size())) {
                each.add(new IdentityPseudonyms(older));
            }
            this.generations = List.copyOf(each);
        }
    }

    private IdentityPseudonyms(Key single) {
        this.keys = List.of(single);
        this.key = spec(single.secret());
        this.generations = List.of(this);
    }

    /**
     * Pseudonyms under the keys written as {@code <id>:<secret>,<id>:<secret>…}, the current one
     * first (e.g. {@code v2:<new secret>,v1:<old secret>}); a secret may hold {@code :} but no
     * {@code ,}. Blanks around the entries are ignored.
     *
     * @throws IllegalArgumentException naming the entry (by position and id, never by its secret)
     */
    public static IdentityPseudonyms ofVersions(String keys) {
        return new IdentityPseudonyms(parseVersions(keys));
    }

    /** The keys of {@link #ofVersions}, current first. */
    public static List<Key> parseVersions(String keys) {
        if (keys == null || keys.isBlank()) {
            throw new IllegalArgumentException("no pseudonym keys given");
        }
        List<Key> parsed = new ArrayList<>();
        String[] entries = keys.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("pseudonym key entry " + (i + 1)
                        + " is not <id>:<secret> (versions are separated by ',', the current one first)");
            }
            try {
                parsed.add(new Key(entry.substring(0, colon).strip(), entry.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pseudonym key entry " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(parsed);
    }

    /** The id of the key new pseudonyms are made under. */
    public String currentKeyId() {
        return keys.get(0).id();
    }

    /** The ids of every configured key, current first. */
    public List<String> keyIds() {
        return keys.stream().map(Key::id).toList();
    }

    /**
     * The pseudonym {@code pseudonym} makes, under every configured key, current first: what a
     * stored pseudonym of the same person may be during a rotation (e.g. {@code all(p ->
     * p.ofIdNumber(id))} for a query with {@code $in}).
     */
    public List<String> all(Function<IdentityPseudonyms, String> pseudonym) {
        return generations.stream().map(pseudonym).toList();
    }

    /**
     * Whether {@code stored} is the pseudonym {@code pseudonym} makes under any configured key
     * (e.g. {@code matches(card.applicant(), p -> p.ofApplicant(code, enterprise))}); compared in
     * constant time. {@code null} never matches.
     */
    public boolean matches(String stored, Function<IdentityPseudonyms, String> pseudonym) {
        if (stored == null) {
            return false;
        }
        byte[] given = stored.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (IdentityPseudonyms generation : generations) {
            match |= MessageDigest.isEqual(given, pseudonym.apply(generation).getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }

    private static SecretKeySpec spec(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The pseudonym of a resident ID number (its normalised 18 characters). */
    public String ofIdNumber(String idNumber) {
        return hash("id:" + Objects.requireNonNull(idNumber, "idNumber"));
    }

    /**
     * The pseudonym of a unified social credit code (its normalised 18 characters): how an
     * enterprise is recognised, as a person is by {@link #ofIdNumber(String)}. Its own namespace,
     * so a code never shares a pseudonym with an ID number.
     */
    public String ofCreditCode(String creditCode) {
        return hash("cc:" + Objects.requireNonNull(creditCode, "creditCode"));
    }

    /**
     * The pseudonym of an applicant as typed or as a token carries it: an enterprise by its credit
     * code, a person by their ID number, each normalised as {@link UnifiedSocialCreditCode} and
     * {@link ResidentIdNumber} do (so {@code x} and {@code X} give one pseudonym); a value that is
     * not valid (an irregular code admitted by an audited override) is hashed as it was given.
     * The one rule for whoever writes an applicant's pseudonym and whoever matches a caller to it.
     */
    public String ofApplicant(String code, boolean enterprise) {
        Objects.requireNonNull(code, "code");
        if (enterprise) {
            return ofCreditCode(
                    UnifiedSocialCreditCode.isValid(code)
                            ? UnifiedSocialCreditCode.of(code).value()
                            : code);
        }
        return ofIdNumber(
                ResidentIdNumber.isValid(code) ? ResidentIdNumber.of(code).value() : code);
    }

    /** The pseudonym of a device and client address; {@code null} parts count as empty. */
    public String ofDevice(String deviceId, String clientAddress) {
        return hash("fp:" + Objects.toString(deviceId, "") + "|" + Objects.toString(clientAddress, ""));
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
