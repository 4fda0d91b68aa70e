## The rules of the forms (and of the API and the imports, which share them).

error-required = { $field } ist ein Pflichtfeld.
error-too-long = { $field } darf höchstens { $max } Zeichen haben (es sind { $length }).
error-control-characters = { $field } darf keine Steuerzeichen enthalten.
error-format-characters = { $field } darf keine unsichtbaren Formatierungszeichen enthalten (etwa Rechts-nach-links-Marken).
error-between = { $field } muss zwischen { $min } und { $max } liegen.
error-email = Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.
error-whole-number = { $field } muss eine ganze Zahl sein, etwa 21.
error-course-code = { $field } muss aus 2 bis 20 Buchstaben, Ziffern, Bindestrichen, Punkten oder Leerzeichen bestehen, etwa BIO-101.
error-choose-course = Wählen Sie einen Kurs.
error-role = Wählen Sie eine Rolle: Admin, Bearbeiter oder Leser.
error-language = Wählen Sie eine der angebotenen Sprachen.
error-time-zone = Wählen Sie eine Zeitzone aus der Liste.
error-password-short = Verwenden Sie mindestens { $min } Zeichen (ein paar Wörter ergeben ein starkes Passwort).
error-password-long = Verwenden Sie höchstens { $max } Zeichen.
error-password-spaces = Ein Passwort nur aus Leerzeichen ist leicht zu erraten: Verwenden Sie Wörter oder Zeichen.
error-password-email = Das Passwort darf nicht die E-Mail-Adresse sein.
error-password-weak = Dieses Passwort ist zu leicht zu erraten.{ $why ->
    [key-rows] {" "}Gerade Tastenreihen sind leicht zu erraten.
    [key-patterns] {" "}Kurze Tastaturmuster sind leicht zu erraten.
    [repeats] {" "}Wiederholungen wie „aaa“ sind leicht zu erraten.
    [repeated-groups] {" "}Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
    [top-10] {" "}Es gehört zu den 10 häufigsten Passwörtern.
    [top-100] {" "}Es gehört zu den 100 häufigsten Passwörtern.
    [common] {" "}Es ist ein sehr häufiges Passwort.
    [similar] {" "}Es ähnelt einem häufig benutzten Passwort.
    [sequences] {" "}Folgen wie abc oder 6543 sind leicht zu erraten.
    [years] {" "}Jahre der jüngsten Zeit sind leicht zu erraten.
    [word] {" "}Ein einzelnes Wort ist leicht zu erraten.
    [dates] {" "}Daten sind oft leicht zu erraten.
    [names] {" "}Vor- und Nachnamen allein sind leicht zu erraten.
    [common-names] {" "}Häufige Vor- und Nachnamen sind leicht zu erraten.
   *[none] {""}
} Fügen Sie ein oder zwei Wörter hinzu oder mischen Sie unerwartete Zeichen hinein.
error-password-differ = Die beiden Passwörter unterscheiden sich: Geben Sie zweimal dasselbe ein.

bulk-error-action = Wählen Sie, was mit den ausgewählten Schülern geschehen soll.
bulk-error-student = Ein ausgewählter Schüler gehört nicht zur Liste.
bulk-error-none = Wählen Sie zuerst mindestens einen Schüler aus.
bulk-error-course = Wählen Sie einen Kurs, in den sie eingeschrieben werden.
bulk-error-too-many = Das sind mehr als { $max } Schüler auf einmal. Grenzen Sie die Liste mit Suche oder Filtern ein (oder exportieren Sie sie stattdessen, dafür gibt es keine Grenze).
error-date = { $field } muss ein Datum in der Form Jahr-Monat-Tag sein, etwa 2011-04-02.
error-yes-no = { $field } muss Ja oder Nein sein.
error-choice = { $field } muss eine der Auswahlmöglichkeiten der Liste sein.
error-sent-twice = { $field } wurde mehrfach gesendet: Senden Sie einen Wert.
