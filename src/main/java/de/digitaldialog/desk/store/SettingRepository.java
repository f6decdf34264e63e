package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Local settings of this installation (the user's profile); never exchanged. */
public final class SettingRepository {

    private final DSLContext dsl;

    SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String name, String value) {
        dsl.mergeInto(APP_SETTING)
                .using(dsl.selectOne())
                .on(APP_SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
