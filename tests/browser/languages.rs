//! A German, a Spanish and an Arabic session through the main flows — the list, a create
//! sent back with an error, an edit, the delete confirmation, an import preview — chosen
//! with the switcher at the foot of the page, and English in dark mode, then every other
//! screen (courses, Recently deleted, the account pages, About): axe-core (no serious or
//! critical problem, at 1 280 and 375 px) and the Nu checker (no error) on each, in each
//! language and in dark mode.
//!
//! Routes: `/preferences/`, `/`, `/create/`, `/{id}/edit/`, `/{id}/delete/`, `/import/`,
//! `/import/{id}/`.

use crate::audits::assert_valid_html;
use crate::driver::Browser;
use crate::helpers::*;

/// What each session expects to read, in its language.
#[derive(Clone, Copy)]
pub(crate) struct Words {
    pub(crate) language: &'static str,
    pub(crate) theme: &'static str,
    pub(crate) direction: &'static str,
    pub(crate) list_heading: &'static str,
    pub(crate) required: &'static str,
    pub(crate) saved: &'static str,
    pub(crate) confirm_button: &'static str,
    pub(crate) preview: &'static str,
}

pub(crate) const SESSIONS: [Words; 4] = [
    Words {
        language: "de",
        theme: "",
        direction: "ltr",
        list_heading: "Schüler",
        required: "Vorname ist ein Pflichtfeld.",
        saved: "Änderungen an Ada King wurden gespeichert.",
        confirm_button: "Schüler löschen",
        preview: "2 Schüler werden hinzugefügt; 1 Zeile hat Fehler und wird ausgelassen.",
    },
    Words {
        language: "es",
        theme: "light",
        direction: "ltr",
        list_heading: "Alumnos",
        required: "Nombre es obligatorio.",
        saved: "Se han guardado los cambios de Ada King.",
        confirm_button: "Eliminar alumno",
        preview: "Se añadirán 2 alumnos; 1 fila tiene problemas y se omitirá.",
    },
    Words {
        language: "ar",
        theme: "dark",
        direction: "rtl",
        list_heading: "الطلاب",
        required: "حقل الاسم الأول مطلوب.",
        saved: "حُفظت التغييرات على Ada King.",
        confirm_button: "حذف الطالب",
        preview: "سيُضاف طالبان؛ في صف واحد مشكلات وسيُستبعد.",
    },
    Words {
        language: "en",
        theme: "dark",
        direction: "ltr",
        list_heading: "Students",
        required: "First name is required.",
        saved: "Saved changes to Ada King.",
        confirm_button: "Delete student",
        preview: "2 students will be added; 1 row has problems and will be left out.",
    },
];

/// Chooses `words`' language and theme with the footer's switcher, as a person would.
pub(crate) async fn switch(browser: &Browser, words: &Words) {
    browser
        .client
        .execute(
            r#"document.getElementById("choose-language").value = arguments[0];
               document.getElementById("choose-theme").value = arguments[1];"#,
            vec![words.language.into(), words.theme.into()],
        )
        .await
        .expect("choose in the switcher");
    // The switcher comes back to the page it was on.
    let here = browser
        .client
        .current_url()
        .await
        .map_or_else(|_| "/".to_owned(), |url| url.path().to_owned());
    browser.click(".preferences button").await;
    browser.wait_for_text(&here, words.list_heading).await;
    let (lang, dir, theme) = (
        browser.attribute("html", "lang").await,
        browser.attribute("html", "dir").await,
        browser.attribute("html", "data-theme").await,
    );
    assert_eq!(
        (lang.as_str(), dir.as_str()),
        (words.language, words.direction)
    );
    assert_eq!(theme, words.theme, "the theme as chosen");
}

#[tokio::test]
async fn every_language_and_dark_mode_through_the_main_flows() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    // A school's worth of students, so that the lists look like a list.
    students::commands::seed::run(&app.pool, 30).expect("seed students");
    let folder = tempfile::tempdir().expect("a folder");
    let file = folder.path().join("intake.csv");
    std::fs::write(
        &file,
        "firstname,lastname,email,age\nGrace,Hopper,grace@example.com,40\n,Nobody,nobody@example.com,\nAlan,Turing,alan@example.com,41\n",
    )
    .expect("a CSV file");
    let mut pages: Vec<(String, String)> = Vec::new();
    for (round, words) in SESSIONS.iter().enumerate() {
        let tag = format!(
            "{}-{}",
            words.language,
            if words.theme.is_empty() {
                "system"
            } else {
                words.theme
            }
        );
        let screen = |name: &str| format!("30-{tag}-{name}");
        browser.goto(&app.url("/")).await;
        switch(&browser, words).await;
        let ada = app
            .given_student("Ada", "Lovelace", &format!("ada{round}@example.com"))
            .await;

        // The list.
        browser.goto(&app.url("/")).await;
        crate::audit_at_both_widths(&browser, &screen("list"), &screen("list")).await;
        pages.push((screen("list"), app.get_html("/").await));

        // A create sent back with an error at its field, the values kept.
        browser.goto(&app.url("/create/")).await;
        browser.fill("firstname", " ").await;
        browser.fill("lastname", "Byron").await;
        browser
            .fill("email", &format!("byron{round}@example.com"))
            .await;
        browser.click("main button[type=submit]").await;
        browser.wait_for_text("/create/", words.required).await;
        assert_eq!(browser.value_of("lastname").await, "Byron", "kept");
        crate::audit_at_both_widths(
            &browser,
            &screen("create-error"),
            &screen("create with an error"),
        )
        .await;
        let sent = app
            .post_form("/create/", &student_form(" ", "Byron", "byron@example.com"))
            .await;
        pages.push((screen("create-error"), sent.text().await.expect("the form")));

        // An edit.
        browser
            .goto(&app.url(&format!("/{}/edit/?back=%2F{}%2F", ada.id, ada.id)))
            .await;
        crate::audit_at_both_widths(&browser, &screen("edit"), &screen("edit")).await;
        pages.push((
            screen("edit"),
            app.get_html(&format!("/{}/edit/", ada.id)).await,
        ));
        browser.fill("lastname", "King").await;
        browser.click("main button[type=submit]").await;
        browser
            .wait_for_text(&format!("/{}/", ada.id), words.saved)
            .await;
        crate::audit_at_both_widths(&browser, &screen("detail"), &screen("detail")).await;
        pages.push((
            screen("detail"),
            app.get_html(&format!("/{}/", ada.id)).await,
        ));

        // The delete confirmation.
        let confirm = format!("/{}/delete/", ada.id);
        browser.goto(&app.url(&confirm)).await;
        browser.wait_for_text(&confirm, words.confirm_button).await;
        crate::audit_at_both_widths(&browser, &screen("delete"), &screen("delete confirmation"))
            .await;
        pages.push((screen("delete"), app.get_html(&confirm).await));

        // An import preview.
        browser.goto(&app.url("/import/")).await;
        crate::audit_at_both_widths(&browser, &screen("import"), &screen("import")).await;
        browser.choose_file("file", &file).await;
        browser.click("main button[type=submit]").await;
        let preview = format!("/import/{}/", round + 1);
        browser.wait_for_text(&preview, words.preview).await;
        crate::audit_at_both_widths(
            &browser,
            &screen("import-preview"),
            &screen("import preview"),
        )
        .await;
        pages.push((screen("import-preview"), app.get_html(&preview).await));
        // Cancel it: the next round imports the same people.
        browser.click(r#"form[action$="/cancel/"] button"#).await;

        // And every other screen.
        for (name, path) in [
            ("courses", "/courses/"),
            ("course-form", "/courses/create/"),
            ("deleted", "/deleted/"),
            ("account", "/account/"),
            ("accounts", "/accounts/"),
            ("account-form", "/accounts/create/"),
            ("about", "/about/"),
        ] {
            browser.goto(&app.url(path)).await;
            crate::audit_at_both_widths(&browser, &screen(name), &screen(name)).await;
            pages.push((screen(name), app.get_html(path).await));
        }
    }
    let pages: Vec<(&str, String)> = pages
        .iter()
        .map(|(name, html)| (name.as_str(), html.clone()))
        .collect();
    assert_valid_html(&pages);
}
