package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes meetings as RFC 5545 iCalendar files (.ics) that calendar programs import or send on.
 *
 * <ul>
 *   <li><b>One meeting</b> ({@link #exportMeeting}) is an invitation, {@code METHOD:REQUEST}, with
 *       the user as ORGANIZER and every chair and participant person with an e-mail address as
 *       ATTENDEE (chairs {@code ROLE=CHAIR}, Teilnahme and Vertretung {@code REQ-PARTICIPANT}, Gast
 *       {@code OPT-PARTICIPANT}); the organizer attends too, so an invitation always names one.
 *       A cancelled meeting is sent as {@code METHOD:CANCEL} with {@code STATUS:CANCELLED}.</li>
 *   <li><b>A period</b> ({@link #exportPeriod}) is published, {@code METHOD:PUBLISH}: one VEVENT per
 *       meeting, templates left out, and, as RFC 5546 wants for PUBLISH, no ATTENDEEs.</li>
 *   <li>Times are local times in Europe/Berlin ({@code DTSTART;TZID=Europe/Berlin}) with the zone's
 *       VTIMEZONE in the file. LOCATION is the place and the video link; the link is also the URL.
 *       SUMMARY is the title, DESCRIPTION the agenda (TOP number, title, planned minutes).</li>
 *   <li><b>Updates:</b> the UID is the meeting's id. The SEQUENCE is stored on the meeting: an
 *       export after the meeting was saved again (its version differs from the one last exported)
 *       raises it by one; an export of an unchanged meeting repeats it. Agenda edits alone do not
 *       raise it: RFC 5546 counts them as minor changes, which the newer DTSTAMP carries.</li>
 *   <li><b>VS-NfD</b> is left out unless the caller includes it on purpose. Left out, a VS-NfD
 *       meeting keeps only its frame (time, place, attendees): its summary becomes the neutral
 *       "format number" and it has no description; a VS-NfD TOP of an open meeting is left out of
 *       the agenda; a period export leaves VS-NfD meetings out altogether. Included, the
 *       description starts with {@value Classification#MARKING}. A VS-NfD meeting is
 *       {@code CLASS:CONFIDENTIAL} either way.</li>
 *   <li>The ORGANIZER needs the user's e-mail address (settings); without it nothing is written.</li>
 *   <li>The file is written atomically; the stored SEQUENCE changes only if the file was written.</li>
 * </ul>
 */
public final class MeetingCalendarExport {

    /** One event written: the meeting (its id is the UID) and the SEQUENCE it carries. */
    public record Event(UUID meetingId, String number, int sequence) {
    }

    /**
     * What an export wrote: the file (absolute), the METHOD, the events in file order, and how
     * many VS-NfD meetings of the period were left out (always 0 for one meeting).
     */
    public record Written(Path file, String method, List<Event> events, int classifiedLeftOut) {
    }

    static final String PRODUCT_ID = "-//Digitaldialog//Digitaldialog Desk//DE";
    private static final String MAILTO = "mailto";
    private static final Logger LOG = LoggerFactory.getLogger(MeetingCalendarExport.class);

    private final Database database;
    private final SettingsService settings;
    private final Clock clock;

    public MeetingCalendarExport(Database database, SettingsService settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes the invitation to one meeting (or its cancellation) and stores its SEQUENCE.
     *
     * @param includeClassified include VS-NfD title and agenda on purpose; they are then marked
     * @param language          the language of the agenda heading and of a neutral summary
     * @throws DeskException {@code error.calendar.noEmail} when the user has no e-mail address,
     *                       {@code error.calendar.template} for a template, {@code error.notFound},
     *                       {@code error.export.write} when the file cannot be written
     */
    public Written exportMeeting(UUID meetingId, Path target, boolean includeClassified, Locale language) {
        UserProfile organizer = organizer();
        return database.inTransaction(store -> {
            Meeting meeting = store.meetings().findById(meetingId)
                    .orElseThrow(() -> new DeskException("error.notFound", meetingId));
            if (meeting.template()) {
                throw new DeskException("error.calendar.template");
            }
            Method method = meeting.status() == MeetingStatus.ABGESAGT ? ImmutableMethod.CANCEL
                    : ImmutableMethod.REQUEST;
            return write(store, List.of(meeting), method, target, includeClassified, language, organizer, 0);
        });
    }

    /**
     * Publishes every meeting starting on a day from {@code from} to {@code to} (both included)
     * in one file, and stores each one's SEQUENCE.
     *
     * @param includeClassified include VS-NfD meetings and TOPs on purpose; they are then marked
     * @throws ValidationException {@code validation.required} (field "from" or "to") when one is missing,
     *                             {@code validation.calendar.period} (field "to") when to is before from
     * @throws DeskException       {@code error.calendar.noMeetings} when no meeting is left to write,
     *                             {@code error.calendar.noEmail}, {@code error.export.write}
     */
    public Written exportPeriod(LocalDate from, LocalDate to, Path target, boolean includeClassified,
                                Locale language) {
        return exportPeriod(from, to, meetingId -> true, target, includeClassified, language);
    }

    /**
     * The same, for the meetings of the period that {@code shown} keeps (the filters of the page
     * the export is asked from).
     */
    public Written exportPeriod(LocalDate from, LocalDate to, Predicate<UUID> shown, Path target,
                                boolean includeClassified, Locale language) {
        if (from == null) {
            throw new ValidationException("from", "validation.required");
        }
        if (to == null) {
            throw new ValidationException("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "validation.calendar.period");
        }
        UserProfile organizer = organizer();
        return database.inTransaction(store -> {
            List<Meeting> inPeriod = store.meetings().findStartingBetween(from.atStartOfDay(),
                    to.plusDays(1).atStartOfDay()).stream().filter(meeting -> shown.test(meeting.id())).toList();
            List<Meeting> chosen = inPeriod.stream()
                    .filter(meeting -> includeClassified || meeting.classification() == Classification.OFFEN)
                    .toList();
            if (chosen.isEmpty()) {
                throw new DeskException("error.calendar.noMeetings", from, to);
            }
            return write(store, chosen, ImmutableMethod.PUBLISH, target, includeClassified, language, organizer,
                    inPeriod.size() - chosen.size());
        });
    }

    private UserProfile organizer() {
        return settings.userProfile().filter(profile -> profile.email() != null && !profile.email().isBlank())
                .orElseThrow(() -> new DeskException("error.calendar.noEmail"));
    }

    private Written write(Store store, List<Meeting> meetings, Method method, Path target,
                          boolean includeClassified, Locale language, UserProfile organizer, int leftOut) {
        EventWriter writer = new EventWriter(store, Messages.of(language), method, includeClassified, organizer,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(berlin());
        List<Event> events = new ArrayList<>();
        for (Meeting meeting : meetings) {
            int sequence = nextSequence(meeting);
            store.meetings().recordCalendarExport(meeting.id(), sequence, meeting.audit().version());
            calendar.add(writer.event(meeting, sequence));
            events.add(new Event(meeting.id(), meeting.number(), sequence));
        }
        // the outputter folds lines, ends them with CRLF, and flushes and closes the writer
        Path file = AtomicFile.write(target, out -> new CalendarOutputter(false)
                .output(calendar, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        LOG.info("Exported {} meeting(s) as iCalendar {} to {}{}", events.size(), method.getValue(), file,
                writer.markedAny ? " (VS-NfD included on purpose)" : "");
        return new Written(file, method.getValue(), List.copyOf(events), leftOut);
    }

    /** The SEQUENCE to send: one more than last time if the meeting was saved since. */
    private static int nextSequence(Meeting meeting) {
        Integer exported = meeting.icalExportedVersion();
        boolean changed = exported != null && exported != meeting.audit().version();
        return changed ? meeting.icalSequence() + 1 : meeting.icalSequence();
    }

    private static VTimeZone berlin() {
        return TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Meeting.ZONE.getId())
                .getVTimeZone();
    }

    /** Builds the VEVENTs of one file; knows what to leave out and whom to invite. */
    private static final class EventWriter {
        private final Store store;
        private final Messages messages;
        private final boolean invitation;
        private final boolean cancellation;
        private final boolean includeClassified;
        private final UserProfile organizer;
        private final Instant stamp;
        private final Map<UUID, LocalizedText> formatNames;
        boolean markedAny;

        EventWriter(Store store, Messages messages, Method method, boolean includeClassified,
                    UserProfile organizer, Instant stamp) {
            this.store = store;
            this.messages = messages;
            this.invitation = method.equals(ImmutableMethod.REQUEST);
            this.cancellation = method.equals(ImmutableMethod.CANCEL);
            this.includeClassified = includeClassified;
            this.organizer = organizer;
            this.stamp = stamp;
            this.formatNames = store.meetingFormats().findAll().stream()
                    .collect(Collectors.toMap(MeetingFormat::id, MeetingFormat::name));
        }

        VEvent event(Meeting meeting, int sequence) {
            boolean classified = meeting.classification() == Classification.VS_NFD;
            boolean showContent = !classified || includeClassified;
            VEvent event = new VEvent(false);
            event.add(new Uid(meeting.id().toString()));
            event.add(new Sequence(sequence));
            event.add(new DtStamp(stamp));
            event.add(new DtStart<>(meeting.startsAt().atZone(Meeting.ZONE)));
            event.add(new DtEnd<>(meeting.endsAt().atZone(Meeting.ZONE)));
            event.add(new Summary(showContent ? meeting.title() : neutralSummary(meeting)));
            event.add(meeting.status() == MeetingStatus.ABGESAGT ? ImmutableStatus.VEVENT_CANCELLED
                    : meeting.status() == MeetingStatus.GEPLANT ? ImmutableStatus.VEVENT_TENTATIVE
                    : ImmutableStatus.VEVENT_CONFIRMED);
            if (classified) {
                event.add(ImmutableClazz.CONFIDENTIAL);
            }
            location(meeting).ifPresent(location -> event.add(new Location(location)));
            link(meeting).ifPresent(link -> event.add(new Url(link)));
            if (showContent) {
                description(meeting).ifPresent(text -> event.add(new Description(text)));
            }
            event.add(new Organizer(new ParameterList(List.of(new Cn(organizer.name()))), mailto(organizer.email())));
            if (invitation || cancellation) {
                attendees(meeting).forEach(event::add);
            }
            return event;
        }

        private String neutralSummary(Meeting meeting) {
            LocalizedText format = formatNames.get(meeting.formatId());
            return messages.get("calendar.neutralSummary", format == null ? "" : format.in(messages.locale()),
                    meeting.number());
        }

        /** The agenda lines a reader may see, headed by the marking when VS-NfD text is among them. */
        private Optional<String> description(Meeting meeting) {
            List<AgendaItem> shown = store.agendaItems().findByMeeting(meeting.id()).stream()
                    .filter(item -> includeClassified
                            || item.effectiveClassification(meeting.classification()) == Classification.OFFEN)
                    .toList();
            boolean marked = meeting.classification() == Classification.VS_NFD || shown.stream()
                    .anyMatch(item -> item.effectiveClassification(meeting.classification()) != Classification.OFFEN);
            List<String> lines = new ArrayList<>();
            if (marked) {
                markedAny = true;
                lines.add(Classification.MARKING);
                lines.add("");
            }
            if (!shown.isEmpty()) {
                lines.add(messages.get("calendar.agenda"));
                for (AgendaItem item : shown) {
                    lines.add(item.plannedMinutes() == null
                            ? messages.get("calendar.agendaItem", item.number(), item.title())
                            : messages.get("calendar.agendaItemMinutes", item.number(), item.title(),
                                    item.plannedMinutes()));
                }
            }
            return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines).strip());
        }

        /** Chairs, then participant persons, then the organizer; each address once, first role wins. */
        private List<Attendee> attendees(Meeting meeting) {
            Map<String, Attendee> byAddress = new LinkedHashMap<>();
            Stream.concat(
                    meeting.chairPersonIds().stream().map(id -> new Invitee(id, Role.CHAIR)),
                    meeting.participants().stream().filter(p -> p.personId() != null)
                            .map(p -> new Invitee(p.personId(), role(p))))
                    .forEach(invitee -> store.persons().findById(invitee.personId())
                            .filter(person -> person.email() != null && !person.email().isBlank())
                            .ifPresent(person -> byAddress.computeIfAbsent(key(person.email()),
                                    address -> attendee(person.displayName(), person.email(), invitee.role()))));
            byAddress.computeIfAbsent(key(organizer.email()),
                    address -> attendee(organizer.name(), organizer.email(), Role.REQ_PARTICIPANT));
            return List.copyOf(byAddress.values());
        }

        private Attendee attendee(String name, String email, Role role) {
            List<Parameter> parameters = new ArrayList<>(List.of(new Cn(name), role));
            if (invitation) {
                boolean self = key(email).equals(key(organizer.email()));
                parameters.add(self ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION);
                if (!self) {
                    parameters.add(Rsvp.TRUE);
                }
            }
            return new Attendee(new ParameterList(parameters), mailto(email));
        }

        private static Role role(Participant participant) {
            return participant.role() == ParticipantRole.GAST ? Role.OPT_PARTICIPANT : Role.REQ_PARTICIPANT;
        }

        private static String key(String email) {
            return email.strip().toLowerCase(Locale.ROOT);
        }
    }

    private record Invitee(UUID personId, Role role) {
    }

    /** Place and video link, whichever are there. */
    static Optional<String> location(Meeting meeting) {
        String location = Stream.of(meeting.place(), meeting.videoLink())
                .filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        return location.isEmpty() ? Optional.empty() : Optional.of(location);
    }

    /** The video link as a URL, if it is a web address (anything else stays in LOCATION only). */
    static Optional<URI> link(Meeting meeting) {
        if (meeting.videoLink() == null || meeting.videoLink().isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(meeting.videoLink().strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static URI mailto(String email) {
        try {
            return new URI(MAILTO, email.strip(), null);
        } catch (URISyntaxException e) {
            throw new ValidationException("email", "validation.email");
        }
    }
}
