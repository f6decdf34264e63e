package de.digitaldialog.desk.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The life cycle of an initiative and the transitions ARCHITECTURE.md allows. The rules live
 * here, not in a form, so every way of changing a status obeys them.
 */
public enum InitiativeStatus {
    IDEE, IN_ABSTIMMUNG, BESCHLOSSEN, IN_UMSETZUNG, ABGESCHLOSSEN, ZURUECKGESTELLT, VERWORFEN;

    private static final List<InitiativeStatus> FORWARD =
            List.of(IDEE, IN_ABSTIMMUNG, BESCHLOSSEN, IN_UMSETZUNG, ABGESCHLOSSEN);

    /** The four states in which work goes on. */
    public boolean isOpen() {
        return this == IDEE || this == IN_ABSTIMMUNG || this == BESCHLOSSEN || this == IN_UMSETZUNG;
    }

    /**
     * The states this one may move to.
     *
     * @param deferredFrom the open state an initiative was set aside from; used only when this
     *                     is {@code ZURUECKGESTELLT}
     */
    public Set<InitiativeStatus> allowedTargets(InitiativeStatus deferredFrom) {
        Set<InitiativeStatus> targets = EnumSet.noneOf(InitiativeStatus.class);
        if (isOpen()) {
            int step = FORWARD.indexOf(this);
            targets.add(FORWARD.get(step + 1));
            if (step > 0) {
                targets.add(FORWARD.get(step - 1));
            }
            targets.add(ZURUECKGESTELLT);
            targets.add(VERWORFEN);
        }
        switch (this) {
            case ZURUECKGESTELLT -> {
                if (deferredFrom != null && deferredFrom.isOpen()) {
                    targets.add(deferredFrom);
                }
                targets.add(VERWORFEN);
            }
            case ABGESCHLOSSEN -> targets.add(IN_UMSETZUNG);
            case VERWORFEN -> targets.add(IDEE);
            default -> { }
        }
        return targets;
    }

    public boolean canMoveTo(InitiativeStatus target, InitiativeStatus deferredFrom) {
        return allowedTargets(deferredFrom).contains(target);
    }
}
