package de.digitaldialog.desk.domain;

import java.util.UUID;

/**
 * Which Land an installation works for and which office runs it: the Staatskanzlei or a
 * ministry of that Land ({@code ministryId}).
 */
public record InstallationOffice(PartnerLand land, UUID ministryId) {

    public InstallationOffice {
        if (land == null || ministryId == null) {
            throw new IllegalArgumentException("An office needs its Land and ministry");
        }
    }
}
