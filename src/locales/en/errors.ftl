## Error pages, refusals and the rules' messages.

error-status = Error { $status }
error-back = Back to the student list
error-not-found = Page not found
error-not-found-text = There is nothing at this address. The student may have been deleted, or the link may be mistyped.
error-not-logged-in = Not logged in
error-refused = Request refused
error-bad-request = Bad request
error-invalid = Cannot be saved
error-invalid-text = Some of what was sent does not fit. Nothing was changed: go back and check the form.
error-changed = Changed meanwhile
error-changed-text = Someone else changed this record, so nothing was changed. Reload the page and try again.
error-timeout = Too slow
error-timeout-text = The form took too long to arrive, so nothing was changed. Check the connection and send it again.
error-too-large = Form too large
error-too-large-text = The submitted form is larger than this app accepts (256 KiB). Shorten the text and try again.
error-method = Method not allowed
error-method-text = This address exists but does not accept that kind of request. Pages are read with GET and forms are sent with POST.
error-media-type = Unsupported form encoding
error-media-type-text = Forms must be sent as application/x-www-form-urlencoded, as a browser does.
error-too-slow = Too slow to answer
error-too-slow-text = Finding these students took longer than this app allows, so it stopped. Narrow the search: more letters, a filter, or another order.
error-unavailable = Temporarily unavailable
error-unavailable-text = The database cannot be reached right now, so nothing was read or changed. Please try again in a moment.
error-internal = Something went wrong
error-internal-text = The app could not complete this request. Nothing was changed; please try again. The details are in the server log.
error-unreadable = The request could not be read: { $why }.
error-form-unreadable = The form could not be read.
error-body-unreadable = The body could not be read.
error-upload-unreadable = The upload could not be read.
error-form-not-utf8 = The form contains text that is not valid UTF-8.
error-form-shape = The form has a field twice or a field of the wrong kind.
error-form-no-version = The form does not say which version of the student it changes. Open the edit page again.

refused-cross-site = This request came from another site, so it was refused and nothing was changed.
refused-csrf = The form's security token is missing or out of date (this happens when the page was open for a long time or cookies are blocked). Nothing was changed: go back, reload the page and submit again.
refused-admins-only = Only admins can manage accounts. Nothing was changed.
refused-viewer = Your role can read records but not change them. Nothing was changed; ask an admin for the editor role.
refused-setup-link = This setup link is not valid: it was already used (an account exists, so log in), or it was mistyped. A new one is printed in the log each time the app starts while there is no account.
refused-student-email-taken = A student with this email already exists.
refused-email-taken-since = Not restored: another student has their email now. Change that student's email first, then restore again.
refused-course-code-taken = Another course has this code.
refused-code-taken-since = Not restored: another course has its code now. Change that course's code first, then restore again.
refused-already-enrolled = Already enrolled in this course.
refused-course-deleted = That course no longer exists.
refused-unknown-course = There is no course with this id.
refused-account-email-taken = Another account has this email.
refused-last-admin = This is the last admin: make another account an admin first, so that someone can still manage accounts.
refused-own-account = You cannot remove your own account. Another admin can.
refused-wrong-password = This is not your current password.
refused-too-many-attempts-seconds = Too many failed attempts. Wait { $count ->
    [one] 1 second
   *[other] { $count } seconds
} and try again.
refused-too-many-attempts-minutes = Too many failed attempts. Wait { $count ->
    [one] 1 minute
   *[other] { $count } minutes
} and try again.
refused-field-taken = Another student already has this { $field }.
refused-field-taken-since = Not restored: another student has their { $field } now. Change that student's { $field } first, then restore again.
