// Confirm-to-delete, as progressive enhancement.
//
// Without JavaScript a Delete link simply opens the confirmation page, whose button posts
// the delete. With JavaScript, any link carrying `data-confirm` asks confirm() first and,
// on OK, posts to the same URL with the page's CSRF token, skipping that extra page.
// (No inline handlers: the Content-Security-Policy allows only this file.)
"use strict";

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-confirm]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  if (!window.confirm(link.dataset.confirm)) {
    return;
  }
  const form = document.createElement("form");
  form.method = "post";
  form.action = link.href;
  const token = document.querySelector('meta[name="csrf-token"]');
  if (token) {
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = "csrf_token";
    field.value = token.content;
    form.append(field);
  }
  document.body.append(form);
  form.submit();
});

// Forms may ask too (e.g. a button that removes something): <form data-confirm="…">.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Form pages start where the typing starts: the first field of a create or edit form, or,
// when the form came back with errors, the first field in error (the summary above it
// links to every one). Pages with a form among other content (an account page) do not.
window.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("main > .form-panel:first-of-type form[method=post]");
  if (!form || document.activeElement !== document.body || location.hash) {
    return;
  }
  const field =
    form.querySelector("[aria-invalid=true]") ||
    form.querySelector("input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, select");
  if (field) {
    // Without scrolling: what is above the form (the error summary, a conflict's
    // comparison) stays in view.
    field.focus({ preventScroll: true });
  }
});

// The bulk form: "Select all on this page" ticks the boxes here (without JavaScript it
// reloads the page with them ticked), and the count of the selection is announced.
const bulk = document.getElementById("bulk");
if (bulk) {
  const boxes = () => [...bulk.querySelectorAll('input[name="ids"]')];
  const allMatching = bulk.querySelector('input[name="all_matching"]');
  const count = document.getElementById("selection-count");
  // The words come from the page, in its language: a form of the message for each plural
  // category (`data-plural-one`, `data-plural-few`…), with `{n}` for the number.
  const lang = document.documentElement.lang;
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const counted = (n) => {
    const form = count.dataset[`plural${plurals.select(n).replace(/^./, (c) => c.toUpperCase())}`] || count.dataset.pluralOther;
    return form.replace("{n}", numbers.format(n));
  };
  const update = () => {
    const ticked = boxes().filter((box) => box.checked).length;
    if (allMatching && allMatching.checked) {
      count.textContent = count.dataset.all;
    } else {
      count.textContent = ticked === 0 ? count.dataset.none : counted(ticked);
    }
  };
  bulk.addEventListener("change", update);
  const selectPage = bulk.querySelector("[data-select-page]");
  if (selectPage) {
    const selectLabel = selectPage.textContent;
    selectPage.addEventListener("click", (event) => {
      event.preventDefault();
      const all = boxes();
      const tick = !all.every((box) => box.checked);
      all.forEach((box) => {
        box.checked = tick;
      });
      selectPage.textContent = tick ? selectPage.dataset.clear : selectLabel;
      update();
    });
  }
}

// A "Print" button where a page is meant to be printed (a course's class list): shown only
// with JavaScript, which it needs.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
