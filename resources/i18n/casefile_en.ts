<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Made: %n page(s). An internal brief redacts nothing (it holds full names and identifiers); its file was checked for hidden earlier versions and XMP metadata.</source>
        <translation>
            <numerusform>Made: %n page. An internal brief redacts nothing (it holds full names and identifiers); its file was checked for hidden earlier versions and XMP metadata.</numerusform>
            <numerusform>Made: %n pages. An internal brief redacts nothing (it holds full names and identifiers); its file was checked for hidden earlier versions and XMP metadata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: the text of all %n page(s), read back with two extractors (pdfium and pdfminer.six), and every object of the file (bookmarks, document information, annotations, form fields, embedded files) were searched for {0} of what this profile removes, in any case, script, spelling, spacing and hyphenation. None was found.</source>
        <translation>
            <numerusform>Verified: the text of %n page, read back with two extractors (pdfium and pdfminer.six), and every object of the file (bookmarks, document information, annotations, form fields, embedded files) were searched for {0} of what this profile removes, in any case, script, spelling, spacing and hyphenation. None was found.</numerusform>
            <numerusform>Verified: the text of all %n pages, read back with two extractors (pdfium and pdfminer.six), and every object of the file (bookmarks, document information, annotations, form fields, embedded files) were searched for {0} of what this profile removes, in any case, script, spelling, spacing and hyphenation. None was found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protected form(s)</source>
        <translation>
            <numerusform>%n protected form</numerusform>
            <numerusform>%n protected forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: verification found %n redacted item(s) in the brief. Nothing was written. Report this: the redaction missed something.</source>
        <translation>
            <numerusform>Not saved: verification found %n redacted item in the brief. Nothing was written. Report this: the redaction missed something.</numerusform>
            <numerusform>Not saved: verification found %n redacted items in the brief. Nothing was written. Report this: the redaction missed something.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): {0} added, {1} updated, {2} unchanged.</source>
        <translation>
            <numerusform>Imported %n case: {0} added, {1} updated, {2} unchanged.</numerusform>
            <numerusform>Imported %n cases: {0} added, {1} updated, {2} unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The script of %n name(s) did not match their letters and was corrected.</source>
        <translation>
            <numerusform>The script of %n name did not match its letters and was corrected.</numerusform>
            <numerusform>The script of %n names did not match their letters and was corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n selected case(s)</source>
        <translation>
            <numerusform>the %n selected case</numerusform>
            <numerusform>the %n selected cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) older than this store&apos;s, ignored.</source>
        <translation>
            <numerusform>%n record older than this store&apos;s, ignored.</numerusform>
            <numerusform>%n records older than this store&apos;s, ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s) not brought back.</source>
        <translation>
            <numerusform>%n removed record not brought back.</numerusform>
            <numerusform>%n removed records not brought back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed because the sender removed them; earlier versions are kept in the case&apos;s history.</source>
        <translation>
            <numerusform>%n record removed because the sender removed it; earlier versions are kept in the case&apos;s history.</numerusform>
            <numerusform>%n records removed because the sender removed them; earlier versions are kept in the case&apos;s history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to {0}: case references and kinds only, no names.</source>
        <translation>
            <numerusform>Wrote %n item to {0}: case references and kinds only, no names.</numerusform>
            <numerusform>Wrote %n items to {0}: case references and kinds only, no names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaNotice</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message numerus="yes">
        <source>The last backup is more than %n day(s) old (it was made on {0}): Store › Back up…</source>
        <translation>
            <numerusform>The last backup is more than %n day old (it was made on {0}): Store › Back up…</numerusform>
            <numerusform>The last backup is more than %n days old (it was made on {0}): Store › Back up…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before the case can be saved</source>
        <translation>
            <numerusform>%n problem to fix before the case can be saved</numerusform>
            <numerusform>%n problems to fix before the case can be saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%n case(s) match</source>
        <translation>
            <numerusform>%n case matches</numerusform>
            <numerusform>%n cases match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <source>Adding %n file(s)… Other actions on files wait until this is done.</source>
        <translation>
            <numerusform>Adding %n file… Other actions on files wait until this is done.</numerusform>
            <numerusform>Adding %n files… Other actions on files wait until this is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>Added %n file.</numerusform>
            <numerusform>Added %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilitiesWindow</name>
    <message numerus="yes">
        <source>Cases and events that point to it: %n case(s)</source>
        <translation>
            <numerusform>Cases and events that point to it: %n case</numerusform>
            <numerusform>Cases and events that point to it: %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message numerus="yes">
        <source>Add %n evidence file(s)</source>
        <translation>
            <numerusform>Add %n evidence file</numerusform>
            <numerusform>Add %n evidence files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n person matches</numerusform>
            <numerusform>%n people match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message numerus="yes">
        <source>%n suggested link(s) to review</source>
        <translation>
            <numerusform>%n suggested link to review</numerusform>
            <numerusform>%n suggested links to review</numerusform>
        </translation>
    </message>
</context>
</TS>
