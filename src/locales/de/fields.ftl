## Die Seite „Felder“: die Felder, die eine Schule für ihre Schüler festlegt.

nav-fields = Felder
fields-intro = Die Felder, die jeder Schüler hat. Fügen Sie die eigenen Ihrer Schule hinzu – eine Schülernummer, eine Klasse, ein Geburtsdatum, eine Einwilligung – und sie erscheinen in den Formularen, auf den Schülerseiten, in der Liste, in CSV-Dateien und in der API.
fields-school-heading = Felder Ihrer Schule
fields-builtin-heading = Eingebaute Felder
fields-retired-heading = Stillgelegte Felder
fields-retired-intro = In den Formularen und der Liste ausgeblendet; die Werte der Schüler bleiben erhalten und kommen mit dem Feld zurück.
fields-none = Noch keine eigenen Felder.
fields-add = Feld hinzufügen
fields-builtin = Eingebaut
fields-column-label = Bezeichnung
fields-column-key = Schlüssel
fields-column-kind = Art
fields-column-rules = Regeln
fields-column-values = Schüler mit Wert
fields-kind-short_text = Kurzer Text
fields-kind-long_text = Langer Text
fields-kind-whole_number = Ganze Zahl
fields-kind-date = Datum
fields-kind-yes_no = Ja oder Nein
fields-kind-choice = Eine Auswahl aus einer Liste
fields-kind-choices = Mehrere Auswahlen aus einer Liste
fields-kind-email = E-Mail-Adresse
fields-rule-required = Pflichtfeld
fields-rule-unique = Eindeutig
fields-rule-in-list = In der Liste
fields-rule-searchable = Durchsuchbar
fields-edit-one = Feld { $field } bearbeiten
fields-move-up-one = { $field } nach oben verschieben
fields-move-down-one = { $field } nach unten verschieben
fields-retire = Stilllegen
fields-retire-one = { $field } stilllegen
fields-bring-back = Zurückholen
fields-bring-back-one = { $field } zurückholen
fields-delete-one = Feld { $field } löschen
fields-add-heading = Feld hinzufügen
fields-edit-heading = Feld { $field } bearbeiten
fields-label-legend = Bezeichnung
fields-label-hint = Geben Sie sie in mindestens einer Sprache an; wo eine Sprache keine hat, wird die zuerst angegebene gezeigt.
fields-in-language = Auf { $language }
fields-key-label = Schlüssel
fields-key-hint = Der Name des Felds in CSV-Dateien und der API. Wird aus der Bezeichnung gebildet, wenn leer: Kleinbuchstaben, Ziffern und Unterstriche.
fields-key-fixed = { $count ->
    [one] (fest: ein Schüler hat einen Wert)
   *[other] (fest: { $count } Schüler haben einen Wert)
}
fields-help-legend = Hilfetext unter der Eingabe (optional)
fields-kind-label = Art
fields-rules-legend = Regeln
fields-required-label = Pflichtfeld: Ein Schüler kann ohne es nicht gespeichert werden
fields-unique-label = Eindeutig: Keine zwei Schüler teilen einen Wert, ohne Groß-/Kleinschreibung (kurzer Text und ganze Zahlen)
fields-in-list-label = Als Spalte der Schülerliste zeigen
fields-searchable-label = Die Suche der Liste sucht darin (kurzer Text)
fields-max-chars-label = Längster Wert, in Zeichen
fields-max-chars-hint = Für Text: bis 200 für kurzen Text, 10 000 für langen Text.
fields-min-label = Kleinster Wert
fields-max-label = Größter Wert
fields-range-hint = Für ganze Zahlen und Daten (geschrieben 2011-04-02); leer für keine Grenze.
fields-choices-label = Auswahlmöglichkeiten
fields-choices-hint = Für eine Liste: eine Auswahl pro Zeile. Ändern Sie den Text einer Zeile an Ort und Stelle, um eine Auswahl umzubenennen; die Schüler, die sie gewählt haben, behalten sie.
fields-save = Feld speichern
fields-added = Feld { $field } hinzugefügt.
fields-saved = Feld { $field } gespeichert.
fields-moved = Feld verschoben.
fields-retired = Feld { $field } stillgelegt: in den Formularen und der Liste ausgeblendet, seine Werte bleiben erhalten.
fields-brought-back = Feld { $field } zurückgeholt.
fields-deleted = { $count ->
    [one] Feld { $field } und der Wert eines Schülers gelöscht.
   *[other] Feld { $field } und die Werte von { $count } Schülern gelöscht.
}
fields-delete-question = Feld { $field } löschen?
fields-delete-explanation = { $count ->
    [0] Noch kein Schüler hat einen Wert darin.
    [one] Ein Schüler hat einen Wert darin: Er wird ebenfalls gelöscht und kann nicht zurückgeholt werden. Um das Feld auszublenden und den Wert zu behalten, legen Sie es stattdessen still.
   *[other] { $count } Schüler haben einen Wert darin: Sie werden ebenfalls gelöscht und können nicht zurückgeholt werden. Um das Feld auszublenden und die Werte zu behalten, legen Sie es stattdessen still.
}
fields-delete-button = Feld und seine Werte löschen
fields-error-move = Geben Sie an, wohin das Feld verschoben wird: nach oben oder unten.
field-label = Bezeichnung
field-help = Hilfetext
field-choice = Eine Auswahl
field-error-label = Geben Sie dem Feld eine Bezeichnung in mindestens einer Sprache.
field-error-key = Ein Schlüssel besteht aus Kleinbuchstaben, Ziffern und Unterstrichen, beginnt mit einem Buchstaben und hat höchstens { $max } Zeichen, etwa date_of_birth.
field-error-key-needed = Geben Sie einen Schlüssel ein: Aus der Bezeichnung lässt sich keiner bilden.
field-error-key-reserved = „{ $key }“ ist der Name eines eingebauten Felds oder einer Spalte: Wählen Sie einen anderen Schlüssel.
field-error-key-taken = Ein anderes Feld hat diesen Schlüssel bereits.
field-error-key-fixed = { $count ->
    [one] Der Schlüssel kann sich nicht ändern: Ein Schüler hat einen Wert, und Dateien und Skripte nennen das Feld beim Schlüssel.
   *[other] Der Schlüssel kann sich nicht ändern: { $count } Schüler haben einen Wert, und Dateien und Skripte nennen das Feld beim Schlüssel.
}
field-error-kind = Wählen Sie eine der angebotenen Arten.
field-error-kind-fixed = { $count ->
    [one] Die Art kann sich nicht ändern, solange ein Schüler einen Wert hat. Fügen Sie stattdessen ein neues Feld hinzu.
   *[other] Die Art kann sich nicht ändern, solange { $count } Schüler einen Wert haben. Fügen Sie stattdessen ein neues Feld hinzu.
}
field-error-unique = Nur ein kurzer Text oder eine ganze Zahl kann eindeutig sein.
field-error-searchable = Nur ein kurzer Text kann durchsucht werden.
field-error-max-chars = Der längste Wert muss eine ganze Zahl von 1 bis { $max } sein.
field-error-number = Grenzen müssen ganze Zahlen zwischen -{ $max } und { $max } sein.
field-error-range = Der größte Wert darf nicht kleiner als der kleinste sein.
field-error-date = Grenzen müssen Daten in der Form Jahr-Monat-Tag sein, von { $min } bis { $max }.
field-error-no-choices = Geben Sie der Liste mindestens eine Auswahl, eine pro Zeile.
field-error-many-choices = Eine Liste hat höchstens { $max } Auswahlmöglichkeiten.
field-error-choice-semicolon = Eine Auswahl darf kein Semikolon enthalten: Dateien trennen mehrere Auswahlen damit.
field-error-choice-twice = „{ $choice }“ steht zweimal in der Liste.
field-error-breaks = { $count ->
    [one] Ein Schüler hat einen Wert, den diese Änderung nicht behalten würde. Ändern Sie zuerst diesen Wert oder lassen Sie die Regel, wie sie war.
   *[other] { $count } Schüler haben Werte, die diese Änderung nicht behalten würde. Ändern Sie zuerst diese Werte oder lassen Sie die Regel, wie sie war.
}
field-error-missing = { $count ->
    [one] Ein Schüler hat noch keinen Wert: Geben Sie ihm zuerst einen, dann machen Sie das Feld zum Pflichtfeld.
   *[other] { $count } Schüler haben noch keinen Wert: Geben Sie ihnen zuerst einen, dann machen Sie das Feld zum Pflichtfeld.
}
list-any-value = Beliebig
list-field-from = { $field }: von
list-field-to = { $field }: bis
list-none-fields = Kein Schüler hat die Werte, nach denen die Filter fragen.
bulk-set-field-label = Feld, das für die ausgewählten Schüler gesetzt wird
bulk-set-field-choose = Ein Feld setzen…
bulk-set-value-label = Der zu setzende Wert
bulk-set-value-placeholder = Wert
bulk-set = Setzen
bulk-set-done = { $count ->
    [one] { $field } für einen Schüler gesetzt.
   *[other] { $field } für { $count } Schüler gesetzt.
}
bulk-set-undone = { $count ->
    [one] Den Wert eines Schülers zurückgesetzt.
   *[other] Die Werte von { $count } Schülern zurückgesetzt.
}{ $kept ->
    [0] {""}
    [one] {" "}Ein Schüler behielt den Wert, den jemand seitdem eingetragen hat.
   *[other] {" "}{ $kept } Schüler behielten die Werte, die jemand seitdem eingetragen hat.
}
bulk-error-field = Wählen Sie das zu setzende Feld und seinen Wert.
bulk-error-field-unique = { $field } ist eindeutig: Jeder Schüler hat seinen eigenen Wert, daher kann es nicht für viele auf einmal gesetzt werden.
dashboard-per-field = Schüler nach { $field }
dashboard-per-field-desc = Ein Balken je Wert, so lang wie die Zahl der Schüler mit ihm; jeder Balken führt zur Liste dieser Schüler.
