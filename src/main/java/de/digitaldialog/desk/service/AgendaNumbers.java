package de.digitaldialog.desk.service;

import java.util.ArrayList;
import java.util.List;

/** The printed numbers of a planned agenda: 1, 2, 2.1, 2.2, 3 … from each TOP's level. */
final class AgendaNumbers {

    private AgendaNumbers() {
    }

    /**
     * @param subItems per TOP in agenda order, whether it is a sub-item of the main item above;
     *                 a sub-item with no main item above counts as a main item
     */
    static List<String> of(List<Boolean> subItems) {
        List<String> numbers = new ArrayList<>(subItems.size());
        int main = 0;
        int sub = 0;
        for (boolean isSub : subItems) {
            if (isSub && main > 0) {
                numbers.add(main + "." + ++sub);
            } else {
                numbers.add(Integer.toString(++main));
                sub = 0;
            }
        }
        return numbers;
    }
}
