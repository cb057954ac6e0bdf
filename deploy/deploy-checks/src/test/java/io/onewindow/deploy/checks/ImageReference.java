package io.onewindow.deploy.checks;

/** An image reference split into name, tag and digest ({@code registry/name:tag@sha256:...}). */
record ImageReference(String name, String tag, String digest) {

    static ImageReference parse(String reference) {
        String rest = reference.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    /**
     * Why this reference is not pinned, or null when it is: a digest, or a tag that names a
     * version (not {@code latest}, not missing, not a variable left unresolved).
     */
    String unpinnedReason() {
        if (name.contains("$") || (tag != null && tag.contains("$"))) {
            return "contains an unresolved variable";
        }
        if (digest != null) {
            return digest.matches("sha256:[0-9a-f]{64}") ? null : "has a malformed digest";
        }
        if (tag == null || tag.isBlank()) {
            return "has no tag (means latest)";
        }
        if (tag.equalsIgnoreCase("latest")) {
            return "uses the tag latest";
        }
        if (!tag.matches(".*\\d.*")) {
            return "has a tag without a version number (" + tag + ")";
        }
        return null;
    }
}
