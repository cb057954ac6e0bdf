package io.onewindow.platform.calendar.spring;

import io.onewindow.platform.calendar.CoverageSource;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.util.List;
import java.util.Optional;

/** Asks each source in turn, each widening what the ones before it offered. */
final class CompositeCoverageSource implements CoverageSource {

    private final List<CoverageSource> sources;

    CompositeCoverageSource(List<CoverageSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public Optional<WorkingCalendar> widen(WorkingCalendar current) {
        WorkingCalendar widened = current;
        for (CoverageSource source : sources) {
            widened = source.widen(widened).orElse(widened);
        }
        return widened == current ? Optional.empty() : Optional.of(widened);
    }
}
