package org.hearth.groups.impl;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.api.data.FeatureSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** This bundle's own {@code peergroups} schema, migrated before any store that reads it is offered. */
@Component(service = GroupsDatabase.class, immediate = true)
public class GroupsDatabase extends FeatureSchema {

    @Activate
    public GroupsDatabase(@Reference(target = FeatureSchema.MAIN) DataSource dataSource,
                          @Reference SchemaMigrator migrator) {
        super(dataSource, migrator, "peergroups");
    }
}
