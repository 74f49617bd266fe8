package org.openris.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.demo.DemoModel.Attendee;
import org.openris.demo.DemoModel.Org;

/** Plausible open votes from the members present, by faction, with the phrase the minutes use. */
final class VoteFactory {

    record Vote(int yes, int no, int abstain, int present, boolean unanimous, Map<Org, String> positions, String phrase) {
    }

    private final DemoContext ctx;
    private final List<Org> factions;
    private final List<Attendee> voters;

    VoteFactory(DemoContext ctx, List<Org> factions, List<Attendee> voters) {
        this.ctx = ctx;
        this.factions = factions;
        this.voters = voters;
    }

    Vote unanimousOrAbstain(Attendee recused) {
        Map<Org, Integer> seats = seats(recused);
        if (seats.size() > 2 && ctx.chance(0.2)) {
            return abstaining(seats, smallest(seats));
        }
        return count(seats, Map.of(), true, "einstimmig");
    }

    Vote random(boolean rejected, Attendee recused) {
        Map<Org, Integer> seats = seats(recused);
        if (seats.isEmpty()) {
            return count(seats, Map.of(), true, "einstimmig");
        }
        if (rejected) {
            Map<Org, String> against = new LinkedHashMap<>();
            int total = seats.values().stream().mapToInt(Integer::intValue).sum();
            int no = 0;
            for (Org f : bySize(seats)) {
                if (no * 2 > total) {
                    break;
                }
                against.put(f, "NO");
                no += seats.get(f);
            }
            Vote v = count(seats, against, false, null);
            return new Vote(v.yes(), v.no(), v.abstain(), v.present(), false, v.positions(),
                    "mit " + plural(v.no(), "Nein-Stimme", "Nein-Stimmen") + " gegen " + plural(v.yes(), "Ja-Stimme", "Ja-Stimmen"));
        }
        double r = ctx.random.nextDouble();
        if (r < 0.55 || seats.size() < 2) {
            return count(seats, Map.of(), true, "einstimmig");
        }
        if (r < 0.7) {
            return abstaining(seats, smallest(seats));
        }
        List<Org> small = bySize(seats);
        Map<Org, String> against = new LinkedHashMap<>();
        against.put(small.get(small.size() - 1), "NO");
        if (small.size() > 3 && ctx.chance(0.4)) {
            against.put(small.get(small.size() - 2), "NO");
        }
        Vote v = count(seats, against, false, null);
        String phrase = ctx.chance(0.4)
                ? "mit " + plural(v.yes(), "Ja-Stimme", "Ja-Stimmen") + ", " + plural(v.no(), "Nein-Stimme", "Nein-Stimmen")
                + " (" + String.join(", ", against.keySet().stream().map(o -> o.name).toList()) + ") und ohne Enthaltungen"
                : "mehrheitlich gegen die Stimmen " + String.join(" und ", against.keySet().stream().map(o -> "der " + o.name).toList());
        return new Vote(v.yes(), v.no(), v.abstain(), v.present(), false, v.positions(), phrase);
    }

    private Vote abstaining(Map<Org, Integer> seats, Org faction) {
        return count(seats, Map.of(faction, "ABSTAIN"), true, "einstimmig, bei Enthaltung der " + faction.name + ",");
    }

    private Vote count(Map<Org, Integer> seats, Map<Org, String> positions, boolean unanimous, String phrase) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        Map<Org, String> all = new LinkedHashMap<>();
        for (Map.Entry<Org, Integer> e : seats.entrySet()) {
            String position = positions.getOrDefault(e.getKey(), "YES");
            switch (position) {
                case "NO" -> no += e.getValue();
                case "ABSTAIN" -> abstain += e.getValue();
                default -> yes += e.getValue();
            }
            if (!positions.isEmpty()) {
                all.put(e.getKey(), position);
            }
        }
        return new Vote(yes, no, abstain, yes + no + abstain, unanimous, all, phrase);
    }

    private Map<Org, Integer> seats(Attendee recused) {
        Map<Org, Integer> seats = new LinkedHashMap<>();
        for (Org f : factions) {
            int n = (int) voters.stream().filter(a -> a.faction == f && a != recused).count();
            if (n > 0) {
                seats.put(f, n);
            }
        }
        return seats;
    }

    private List<Org> bySize(Map<Org, Integer> seats) {
        List<Org> list = new ArrayList<>(seats.keySet());
        list.sort(Comparator.comparingInt((Org o) -> seats.get(o)).reversed());
        return list;
    }

    private Org smallest(Map<Org, Integer> seats) {
        List<Org> list = bySize(seats);
        return list.get(list.size() - 1);
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? "1 " + one : n + " " + many;
    }
}
