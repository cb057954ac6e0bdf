package io.onewindow.supervision.sampling.domain;

/**
 * The sampling rates in percent of a department's decided cases of each stratum (from the settings).
 * A case that is both on the spot and agent-filed is drawn in the stratum of the higher rate.
 *
 * @param basePercent every decided case
 * @param onTheSpotPercent cases decided on the spot
 * @param agentFiledPercent cases filed by an agent
 */
public record SamplingRates(int basePercent, int onTheSpotPercent, int agentFiledPercent) {

    public SamplingRates {
        check(basePercent, "base");
        check(onTheSpotPercent, "on-the-spot");
        check(agentFiledPercent, "agent-filed");
    }

    private static void check(int percent, String name) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("the " + name + " sampling rate is a percentage, 0–100: " + percent);
        }
    }

    /**
     * The stratum the candidate is drawn in: of the rates that apply to it, the highest (a tie: on the
     * spot before agent-filed before base).
     */
    public Stratum stratumOf(SampleCandidate candidate) {
        Stratum best = Stratum.BASE;
        if (candidate.onTheSpot() && onTheSpotPercent > percentOf(best)) {
            best = Stratum.ON_THE_SPOT;
        }
        if (candidate.agentFiled() && agentFiledPercent > percentOf(best)) {
            best = Stratum.AGENT_FILED;
        }
        return best;
    }

    public int percentOf(Stratum stratum) {
        return switch (stratum) {
            case ON_THE_SPOT -> onTheSpotPercent;
            case AGENT_FILED -> agentFiledPercent;
            case BASE -> basePercent;
        };
    }

    /** How many of {@code candidates} cases of a stratum are drawn: ⌊candidates × rate / 100⌋. */
    public int quota(Stratum stratum, int candidates) {
        return (int) ((long) candidates * percentOf(stratum) / 100);
    }
}
