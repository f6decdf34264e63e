import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What schema 4 added: a ministry ended with a successor and its initiatives handed over, responsible ministries of a theme area. */
public class Reshuffle {
    public static void main(String[] args) {
        try (Workspace w = Workspace.open(Path.of(args[0]))) {
            UUID digital = id(w, "StMD");
            Ministry draft = new Ministry(UUID.randomUUID(), w.ministries().load(digital).landId(), "StMDW",
                    new LocalizedText("Bayerisches Staatsministerium für Digitales und Wirtschaft",
                            "Bavarian State Ministry for Digital Affairs and Economy"),
                    MinistryKind.MINISTERIUM, LocalDate.of(2023, 11, 9), null, Set.of(), null);
            w.ministries().replace(digital, LocalDate.of(2023, 11, 8), List.of(draft));
            UUID economy = id(w, "StMDW");
            var result = w.ministries().handOver(digital, economy, "Kabinettsumbildung 2023");
            ThemeArea ai = w.themeAreas().list().get(0);
            w.themeAreas().save(ai, Set.of(economy, id(w, "MWIDE")));
            System.out.println("StMD ended, successor StMDW, handed over " + result + "; " + ai.code() + " responsible");
        }
    }

    private static UUID id(Workspace w, String abbreviation) {
        return w.ministries().list().stream().filter(m -> m.abbreviation().equals(abbreviation)).findFirst()
                .map(Ministry::id).orElseThrow();
    }
}
