package org.hearth.signin.impl;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import com.vaadin.flow.shared.Registration;

/**
 * A row of large buttons of which at most one is chosen: easier to tap than radio buttons. Tapping the
 * chosen one again un-chooses it, unless a choice is required. A field like any other, so a {@code Binder}
 * can bind it.
 */
final class ChoiceButtons<T extends Enum<T>> extends Div
        implements HasValue<AbstractField.ComponentValueChangeEvent<ChoiceButtons<T>, T>, T> {

    private final Map<T, Button> buttons = new LinkedHashMap<>();
    private final boolean required;
    private T value;
    private Runnable onChange = () -> { };
    private boolean requiredIndicator;
    private boolean readOnly;

    ChoiceButtons(String idPrefix, List<T> values, Function<T, String> label, boolean required) {
        this.required = required;
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        for (T item : values) {
            Button button = new Button(label.apply(item), e -> choose(item == value && !this.required ? null : item));
            button.setId(idPrefix + "-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.getElement().setAttribute("aria-pressed", "false");
            button.getStyle().set("min-height", "56px").set("font-size", "1.05rem").set("white-space", "normal")
                    .set("height", "auto").set("padding", "8px 16px");
            buttons.put(item, button);
            add(button);
        }
    }

    /** Puts an icon on each button, for example the sign-in pictures. */
    ChoiceButtons<T> icons(Function<T, com.vaadin.flow.component.icon.VaadinIcon> icon) {
        buttons.forEach((item, button) -> button.setIcon(icon.apply(item).create()));
        return this;
    }

    void choose(T item) {
        T old = value;
        value = item;
        buttons.forEach((key, button) -> {
            boolean on = key == item;
            button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            if (on) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        onChange.run();
        if (old != item) {
            fireEvent(new AbstractField.ComponentValueChangeEvent<>(this, this, old, false));
        }
    }

    Optional<T> value() {
        return Optional.ofNullable(value);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    @Override
    public void setValue(T item) {
        choose(item);
    }

    @Override
    public T getValue() {
        return value;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addValueChangeListener(
            ValueChangeListener<? super AbstractField.ComponentValueChangeEvent<ChoiceButtons<T>, T>> listener) {
        return addListener(AbstractField.ComponentValueChangeEvent.class, (ComponentEventListener) event ->
                listener.valueChanged((AbstractField.ComponentValueChangeEvent<ChoiceButtons<T>, T>) event));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        buttons.values().forEach(button -> button.setEnabled(!readOnly));
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        this.requiredIndicator = visible;
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return requiredIndicator;
    }
}
