package org.openris.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The vote of a decision phrased the way German minutes phrase it (DOMAIN.md §3, the example
 * minutes): "einstimmig", "einstimmig, bei Enthaltung der FDP-Fraktion,", "mit 8 Ja-Stimmen,
 * 1 Nein-Stimme (FDP-Fraktion) und ohne Enthaltungen", "mehrheitlich gegen die Stimmen der
 * CDU-Fraktion", "in geheimer Abstimmung mit …". Pure: no Spring, no database.
 *
 * <p>The phrase is meant for the middle of a sentence ("Der Ausschuss beschließt {phrase}:"); an
 * inserted clause ("bei Enthaltung der …") is set off by commas on both sides there, so the
 * mid-sentence form ends with a comma and {@link Phrase#atEnd()} drops it before a full stop.
 * Secret ballots never name factions; counts are given where they were recorded, otherwise the
 * faction positions carry the phrase. A roll-call vote (namentliche Abstimmung) with recorded ballots
 * names the members behind every count: "in namentlicher Abstimmung mit 3 Ja-Stimmen (Rm Albers,
 * Rm Brinkmann und Rm Celik), 1 Nein-Stimme (Rm Krüger) und ohne Enthaltungen"; members who did
 * not vote get their own sentence ({@link #notVoting}).
 */
public final class VotePhrasing {

    /** How the vote was taken (column {@code decision.vote_kind}). */
    public enum Kind { NONE, OPEN, ROLL_CALL, SECRET }

    /** The recorded majority without counts (column {@code decision.majority}). */
    public enum Majority { UNANIMOUS, MAJORITY, TIE, NONE }

    /** How a faction voted as a whole; SPLIT when its members voted differently. */
    public enum Position { YES, NO, ABSTAIN, SPLIT }

    /** A member's ballot in a roll-call vote (column {@code roll_call_ballot.ballot}). */
    public enum Ballot { YES, NO, ABSTAIN, NOT_VOTED }

    /** A member's ballot, by the name the minutes use ("Rm Albers"), in the order of the attendance list. */
    public record NamedBallot(String name, Ballot ballot) {
    }

    /** A faction's position, by the name the minutes use ("FDP-Fraktion", "Fraktion Die Linke"). */
    public record FactionPosition(String faction, Position position) {

        /** "Fraktion FDP" (the organization's name) reads "FDP-Fraktion" in a vote; "Fraktion Bündnis 90/Die Grünen" stays. */
        public FactionPosition {
            if (faction != null && faction.matches("Fraktion [^\\s/]+")) {
                faction = faction.substring("Fraktion ".length()) + "-Fraktion";
            }
        }
    }

    /** What was recorded; counts are null when not counted. */
    public record Vote(Kind kind, Majority majority, Integer yes, Integer no, Integer abstain, List<FactionPosition> factions,
                       List<NamedBallot> ballots) {

        public Vote {
            factions = factions == null ? List.of() : List.copyOf(factions);
            ballots = ballots == null ? List.of() : List.copyOf(ballots);
        }

        /** A vote without named ballots. */
        public Vote(Kind kind, Majority majority, Integer yes, Integer no, Integer abstain, List<FactionPosition> factions) {
            this(kind, majority, yes, no, abstain, factions, List.of());
        }

        /** A roll-call vote: the counts follow from the ballots. */
        public static Vote rollCall(List<NamedBallot> ballots, List<FactionPosition> factions) {
            return new Vote(Kind.ROLL_CALL, null, count(ballots, Ballot.YES), count(ballots, Ballot.NO), count(ballots, Ballot.ABSTAIN),
                    factions, ballots);
        }

        boolean counted() {
            return yes != null && no != null && abstain != null;
        }
    }

    /** The phrase in its mid-sentence form, and the form before a full stop. */
    public record Phrase(String midSentence) {

        public String atEnd() {
            return midSentence.endsWith(",") ? midSentence.substring(0, midSentence.length() - 1) : midSentence;
        }

        public boolean isEmpty() {
            return midSentence.isEmpty();
        }
    }

    private VotePhrasing() {
    }

    public static Phrase phrase(Vote vote) {
        if (vote.kind() == Kind.NONE) {
            return new Phrase("");
        }
        if (vote.kind() == Kind.SECRET) {
            return new Phrase(vote.counted() ? "in geheimer Abstimmung " + counts(vote, false) : "in geheimer Abstimmung");
        }
        String prefix = vote.kind() == Kind.ROLL_CALL ? "in namentlicher Abstimmung " : "";
        if (vote.kind() == Kind.ROLL_CALL && !vote.ballots().isEmpty()) {
            return new Phrase(prefix + namedCounts(vote));
        }
        if (vote.counted() && !unanimousWithoutCounts(vote)) {
            return new Phrase(prefix + counts(vote, true));
        }
        return new Phrase(prefix + byFactions(vote));
    }

    /** Everybody voted yes: "einstimmig" says it all, even where the counts were taken. */
    private static boolean unanimousWithoutCounts(Vote vote) {
        return vote.no() == 0 && vote.abstain() == 0 && vote.yes() > 0;
    }

    /** "mit 8 Ja-Stimmen, 1 Nein-Stimme (FDP-Fraktion) und ohne Enthaltungen". */
    private static String counts(Vote vote, boolean withFactions) {
        String no = vote.no() == 0 ? "ohne Nein-Stimmen" : vote.no() + (vote.no() == 1 ? " Nein-Stimme" : " Nein-Stimmen")
                + (withFactions ? inBrackets(names(vote, Position.NO)) : "");
        String abstain = vote.abstain() == 0 ? "ohne Enthaltungen" : vote.abstain() + (vote.abstain() == 1 ? " Enthaltung" : " Enthaltungen")
                + (withFactions ? inBrackets(names(vote, Position.ABSTAIN)) : "");
        String yes = vote.yes() + (vote.yes() == 1 ? " Ja-Stimme" : " Ja-Stimmen");
        return "mit " + yes + ", " + no + " und " + abstain;
    }

    /** How many ballots of a kind were cast. */
    public static int count(List<NamedBallot> ballots, Ballot ballot) {
        return (int) ballots.stream().filter(b -> b.ballot() == ballot).count();
    }

    /**
     * The sentence after the result for members on the roll who did not vote: "An der Abstimmung nahm
     * Rm Weiß nicht teil." / "… nahmen Rm Weiß und Rm Zander nicht teil."; empty when everybody voted.
     */
    public static String notVoting(Vote vote) {
        List<String> names = vote.ballots().stream().filter(b -> b.ballot() == Ballot.NOT_VOTED).map(NamedBallot::name).toList();
        if (vote.kind() != Kind.ROLL_CALL || names.isEmpty()) {
            return "";
        }
        return "An der Abstimmung " + (names.size() == 1 ? "nahm " : "nahmen ") + enumerate(names) + " nicht teil.";
    }

    /** "mit 3 Ja-Stimmen (Rm A, Rm B und Rm C), 1 Nein-Stimme (Rm D) und ohne Enthaltungen". */
    private static String namedCounts(Vote vote) {
        return "mit " + named(vote, Ballot.YES, "Ja-Stimme", "Ja-Stimmen", "0 Ja-Stimmen") + ", "
                + named(vote, Ballot.NO, "Nein-Stimme", "Nein-Stimmen", "ohne Nein-Stimmen") + " und "
                + named(vote, Ballot.ABSTAIN, "Enthaltung", "Enthaltungen", "ohne Enthaltungen");
    }

    private static String named(Vote vote, Ballot ballot, String one, String many, String none) {
        List<String> names = vote.ballots().stream().filter(b -> b.ballot() == ballot).map(NamedBallot::name).toList();
        if (names.isEmpty()) {
            return none;
        }
        return names.size() + " " + (names.size() == 1 ? one : many) + " (" + enumerate(names) + ")";
    }

    private static String byFactions(Vote vote) {
        List<String> no = names(vote, Position.NO);
        List<String> abstain = names(vote, Position.ABSTAIN);
        List<String> split = names(vote, Position.SPLIT);
        Majority majority = vote.majority() == null ? Majority.MAJORITY : vote.majority();
        if (vote.counted() && unanimousWithoutCounts(vote)) {
            majority = Majority.UNANIMOUS;
        }
        StringBuilder phrase = new StringBuilder();
        switch (majority) {
            case UNANIMOUS -> phrase.append("einstimmig");
            case TIE -> phrase.append("bei Stimmengleichheit");
            case NONE -> phrase.append("ohne Mehrheit");
            default -> phrase.append("mehrheitlich");
        }
        List<String> clauses = new ArrayList<>();
        if (!no.isEmpty() && majority != Majority.UNANIMOUS) {
            phrase.append(" gegen die Stimmen ").append(genitive(no));
        }
        if (!abstain.isEmpty()) {
            clauses.add("bei Enthaltung " + genitive(abstain));
        }
        if (!split.isEmpty()) {
            clauses.add("bei unterschiedlichem Stimmverhalten " + genitive(split));
        }
        if (clauses.isEmpty()) {
            return phrase.toString();
        }
        // "einstimmig, bei Enthaltung der FDP-Fraktion," – an inserted clause between commas
        return phrase + ", " + String.join(" und ", clauses) + ",";
    }

    private static List<String> names(Vote vote, Position position) {
        return vote.factions().stream().filter(f -> f.position() == position).map(FactionPosition::faction).toList();
    }

    private static String inBrackets(List<String> factions) {
        return factions.isEmpty() ? "" : " (" + enumerate(factions) + ")";
    }

    /** "der CDU-Fraktion", "der CDU-Fraktion und der FDP-Fraktion", "der A, der B und der C". */
    private static String genitive(List<String> factions) {
        return enumerate(factions.stream().map(f -> "der " + f).toList());
    }

    private static String enumerate(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " und " + parts.get(parts.size() - 1);
    }
}
