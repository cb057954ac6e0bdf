package io.onewindow.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * People who are not in the demo realm yet, as tests register them on Keycloak's registration page
 * (docs/registration.md): each has a username, a resident ID number and a credit code no account
 * holds (random, with the check character computed here by the standards' arithmetic, independently
 * of platform-core's validators, which these numbers test), and a mainland mobile number.
 */
public final class NewResidents {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private NewResidents() {}

    /**
     * The fields of the registration form for a new citizen of Panyu, 张三, with a password
     * ({@code Registered-1}); a mutable map, so a test may change or add fields (e.g. the account type).
     */
    public static Map<String, String> citizenForm() {
        String suffix = Long.toString(System.nanoTime(), 36)
                + ThreadLocalRandom.current().nextInt(1000);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "reg-" + suffix);
        form.put("email", "reg-" + suffix + "@example.cn");
        form.put("lastName", "张");
        form.put("firstName", "三");
        form.put("password", "Registered-1");
        form.put("password-confirm", "Registered-1");
        form.put("account_type", "citizen");
        form.put("id_number", newIdNumber());
        form.put("mobile", newMobile());
        return form;
    }

    /** A GB 11643 number of Panyu (440113) with a random birth date in 1950–1999 and sequence. */
    public static String newIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birth = String.format(
                "19%02d%02d%02d", 50 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return withCheckCharacter("440113" + birth + String.format("%03d", random.nextInt(1000)));
    }

    /** A mainland mobile number (139 and eight random digits). */
    public static String newMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** GB 11643: the 17 digits followed by their check character. */
    public static String withCheckCharacter(String seventeenDigits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return seventeenDigits + "10X98765432".charAt(sum % 11);
    }

    /** A GB 32100 code of a Panyu company (91 440113, a random body) with its check character. */
    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("91440113");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(CREDIT_ALPHABET.charAt(random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return code.append(CREDIT_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
