package io.onewindow.platform.calendar.spring;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.DayKind;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The official years a service has learned, in its own database (collection
 * {@code calendar_years}), so they outlive a restart: one document per year with the whole
 * arrangement, the notice it comes from, who entered and confirmed it, and whether the service has
 * recomputed the deadlines that rested on the provisional year yet.
 *
 * <p>An official year, once recorded, never changes: recording the same days again is a no-op
 * (a redelivered event), other days are refused.
 */
public final class CalendarYearStore {

    /** The collection name. */
    public static final String COLLECTION = "calendar_years";

    private final MongoCollection<Document> years;

    public CalendarYearStore(MongoDatabase database) {
        this.years = database.getCollection(COLLECTION);
    }

    /**
     * Records a published year.
     *
     * @return {@code true} if it is new here, {@code false} if the same days were recorded before
     * @throws IllegalStateException if the year was recorded before with other days
     */
    public boolean record(CalendarYearPublished year) {
        Document doc = new Document("_id", year.year())
                .append("noticeNumber", year.noticeNumber())
                .append("noticeDate", year.noticeDate().toString())
                .append(
                        "entries",
                        year.entries().stream().map(CalendarYearStore::entry).toList())
                .append("enteredBy", year.enteredBy())
                .append("confirmedBy", year.confirmedBy())
                .append("publishedAt", Date.from(year.publishedAt()))
                .append("recomputed", false);
        try {
            years.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        CalendarYearPublished held =
                find(year.year()).orElseThrow(() -> new IllegalStateException("calendar year vanished"));
        if (!held.arrangement().sameDaysAs(year.arrangement())) {
            throw new IllegalStateException("The official arrangement of " + year.year()
                    + " is recorded already with other days (" + held.noticeNumber()
                    + "); an official year is never changed");
        }
        return false;
    }

    /** The year as recorded. */
    public java.util.Optional<CalendarYearPublished> find(int year) {
        return java.util.Optional.ofNullable(years.find(Filters.eq("_id", year)).first())
                .map(CalendarYearStore::published);
    }

    /** Every recorded year, in ascending order. */
    public List<CalendarYearPublished> all() {
        List<CalendarYearPublished> all = new ArrayList<>();
        for (Document doc : years.find().sort(new Document("_id", 1))) {
            all.add(published(doc));
        }
        return all;
    }

    /** The years whose deadlines are not recomputed yet, in ascending order. */
    public List<Integer> awaitingRecomputation() {
        return awaitingRecomputation(null);
    }

    /**
     * The years whose deadlines are not recomputed yet, and those recomputed after {@code since}
     * (still in their grace period: another instance may have counted on the provisional year a
     * little longer), in ascending order.
     */
    public List<Integer> awaitingRecomputation(Instant since) {
        List<Integer> waiting = new ArrayList<>();
        var filter = since == null
                ? Filters.eq("recomputed", false)
                : Filters.or(Filters.eq("recomputed", false), Filters.gt("recomputedAt", Date.from(since)));
        for (Document doc : years.find(filter).sort(new Document("_id", 1))) {
            waiting.add(doc.getInteger("_id"));
        }
        return waiting;
    }

    /** Notes that the deadlines resting on {@code year} are recomputed. */
    public void markRecomputed(int year, Instant at) {
        years.updateOne(
                Filters.eq("_id", year),
                Updates.combine(Updates.set("recomputed", true), Updates.set("recomputedAt", Date.from(at))));
    }

    private static Document entry(CalendarDay day) {
        return new Document("date", day.date().toString())
                .append("kind", day.kind().name())
                .append("holiday", day.holiday());
    }

    private static CalendarYearPublished published(Document doc) {
        List<CalendarDay> entries = new ArrayList<>();
        for (Document e : doc.getList("entries", Document.class)) {
            entries.add(new CalendarDay(
                    LocalDate.parse(e.getString("date")),
                    DayKind.valueOf(e.getString("kind")),
                    e.getString("holiday")));
        }
        return new CalendarYearPublished(
                doc.getInteger("_id"),
                doc.getString("noticeNumber"),
                LocalDate.parse(doc.getString("noticeDate")),
                entries,
                doc.getString("enteredBy"),
                doc.getString("confirmedBy"),
                doc.getDate("publishedAt").toInstant());
    }
}
