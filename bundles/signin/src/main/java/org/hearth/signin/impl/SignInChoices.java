package org.hearth.signin.impl;

import org.hearth.api.MemberChoices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The choice each member made at their first visit about being known, for other features (a coaching plan is only
 * for members who chose to be named). Someone sign-in keeps no choice for (a staff member who never signed in as a
 * member) has not chosen to be named here.
 */
@Component(service = MemberChoices.class, immediate = true)
public class SignInChoices implements MemberChoices {

    private final MemberBook members;

    @Activate
    public SignInChoices(@Reference MemberBook members) {
        this.members = members;
    }

    @Override
    public boolean choseToBeNamed(String personId) {
        return members.find(personId).map(m -> m.tier() == Tier.NAMED || m.tier() == Tier.NAMED_CONTACT).orElse(false);
    }

    @Override
    public boolean welcomesContact(String personId) {
        return members.find(personId).map(m -> m.tier() == Tier.NAMED_CONTACT).orElse(false);
    }

    @Override
    public java.util.Optional<String> contactDetail(String personId) {
        return members.find(personId).filter(m -> m.tier() == Tier.NAMED_CONTACT).flatMap(MemberInfo::contact);
    }
}
