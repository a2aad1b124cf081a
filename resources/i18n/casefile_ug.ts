<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+14"/>
        <source>added</source>
        <translation>قوشۇلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>ئۆزگەرتىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>ئۆچۈرۈلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported (plain file)</source>
        <translation>چىقىرىلدى (شىفىرلانمىغان ھۆججەت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent in an encrypted bundle</source>
        <translation>شىفىرلانغان توپلامدا ئەۋەتىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved changes kept at a lock</source>
        <translation>قۇلۇپلانغاندا ساقلانمىغان ئۆزگەرتىشلەر قالدۇرۇلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonyms assigned</source>
        <translation>بۈركەنمە ئىسىملار بېكىتىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached</source>
        <translation>قىستۇرۇلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>تاپشۇرۇۋېلىندى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>كۆرۈلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict recorded</source>
        <translation>توقۇنۇش خاتىرىلەندى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict resolved</source>
        <translation>توقۇنۇش ھەل قىلىندى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent overridden for sharing</source>
        <translation>رازىلىقسىز ھەمبەھىرلەشكە رۇخسەت قىلىندى</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+29"/>
        <source>Overdue</source>
        <translation>ۋاقتى ئۆتكەن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>بۈگۈن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>بۇ ھەپتە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>كېيىنرەك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearing</source>
        <translation>سوت مەجلىسى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>مۆھلەت</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../ui/audit_table_model.py" line="+3"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="-7"/>
        <source>Person</source>
        <translation>شەخس</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editor/pages.py" line="+121"/>
        <source>Account</source>
        <translation>بايان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeding</source>
        <translation>قانۇنىي جەريان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>مەنبە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file</source>
        <translation>ئىسپات ھۆججىتى</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+21"/>
        <location filename="../../ui/evidence_table_model.py" line="+194"/>
        <source>When</source>
        <translation>ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>Who</source>
        <translation>كىم</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>What</source>
        <translation>نېمە</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <source>Fields</source>
        <translation>بۆلەكلەر</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="+30"/>
        <source>Hearing bundle</source>
        <translation>سوت مەجلىسى توپلىمى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witness statement</source>
        <translation>گۇۋاھچى باياناتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public case summary</source>
        <translation>ئاممىۋى دېلو خۇلاسىسى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal</source>
        <translation>ئىچكى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For staff of the organisation only: full names and identifiers; spans marked by a caseworker are highlighted.</source>
        <translation>پەقەت تەشكىلات خادىملىرى ئۈچۈن: تولۇق ئىسىملار ۋە كىملىك ئۇچۇرلىرى قالىدۇ؛ خىزمەتچى بەلگىلىگەن قىسىملار گەۋدىلەندۈرۈلىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>سوت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the court and the applicant&apos;s counsel: relatives at risk under stable pseudonyms, identifiers cut to their last four characters, contact details and marked spans removed. Needs consent to legal proceedings.</source>
        <translation>سوت ۋە ئىلتىماسچىنىڭ ئادۋوكاتى ئۈچۈن: خەۋپ ئاستىدىكى تۇغقانلار ئۆزگەرمەس بۈركەنمە ئىسىملار بىلەن كۆرسىتىلىدۇ، كىملىك ئۇچۇرلىرىنىڭ پەقەت ئاخىرقى تۆت ھەرپى قالىدۇ، ئالاقە ئۇچۇرلىرى ۋە بەلگىلەنگەن قىسىملار ئۆچۈرۈلىدۇ. قانۇنىي جەريانغا رازىلىق كېرەك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>ئاممىۋى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For anyone: the applicant as initials, other people under pseudonyms (public figures keep their names), identifiers, contact details and marked spans removed. Needs consent to publish.</source>
        <translation>ھەممە ئادەم ئۈچۈن: ئىلتىماسچى ئىسمىنىڭ باش ھەرپلىرى بىلەن، باشقىلار بۈركەنمە ئىسىملار بىلەن كۆرسىتىلىدۇ (ئاممىۋى شەخسلەر ئۆز ئىسمىدا قالىدۇ)؛ كىملىك ئۇچۇرلىرى، ئالاقە ئۇچۇرلىرى ۋە بەلگىلەنگەن قىسىملار ئۆچۈرۈلىدۇ. ئېلان قىلىشقا رازىلىق كېرەك.</translation>
    </message>
    <message numerus="yes">
        <location line="+270"/>
        <source>Made: %n page(s). An internal brief redacts nothing (it holds full names and identifiers); its file was checked for hidden earlier versions and XMP metadata.</source>
        <translation>
            <numerusform>ياسالدى: %n بەت. ئىچكى دوكلات ھېچنېمىنى يوشۇرمايدۇ (ئۇنىڭدا تولۇق ئىسىملار ۋە كىملىك ئۇچۇرلىرى بار)؛ ھۆججىتىدە يوشۇرۇن قالغان ئىلگىرىكى نەشرىلەر ۋە XMP مېتا سانلىق مەلۇماتلىرىنىڭ بار-يوقلۇقى تەكشۈرۈلدى.</numerusform>
            <numerusform>ياسالدى: %n بەت. ئىچكى دوكلات ھېچنېمىنى يوشۇرمايدۇ (ئۇنىڭدا تولۇق ئىسىملار ۋە كىملىك ئۇچۇرلىرى بار)؛ ھۆججىتىدە يوشۇرۇن قالغان ئىلگىرىكى نەشرىلەر ۋە XMP مېتا سانلىق مەلۇماتلىرىنىڭ بار-يوقلۇقى تەكشۈرۈلدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verified: the text of all %n page(s), read back with two extractors (pdfium and pdfminer.six), and every object of the file (bookmarks, document information, annotations, form fields, embedded files) were searched for {0} of what this profile removes, in any case, script, spelling, spacing and hyphenation. None was found.</source>
        <translation>
            <numerusform>تەستىقلاندى: %n بەتنىڭ ھەممىسىنىڭ تېكىستى (ئىككى ئاجراتقۇچ — pdfium ۋە pdfminer.six بىلەن قايتا ئوقۇلدى) ۋە ھۆججەتنىڭ ھەر بىر ئوبيېكتى (بەتكۈچلەر، ھۆججەت ئۇچۇرى، ئىزاھاتلار، جەدۋەل بۆلەكلىرى، سىڭدۈرۈلگەن ھۆججەتلەر) ئىچىدىن بۇ دەرىجە چىقىرىۋېتىدىغان نەرسىلەردىن {0} تۈرى ئىزدەلدى — چوڭ-كىچىك ھەرپ، يېزىق، ئىملا، بوشلۇق ۋە سىزىقچە بىلەن بۆلۈنۈشىدىن قەتئىينەزەر. ھېچقايسىسى تېپىلمىدى.</numerusform>
            <numerusform>تەستىقلاندى: %n بەتنىڭ ھەممىسىنىڭ تېكىستى (ئىككى ئاجراتقۇچ — pdfium ۋە pdfminer.six بىلەن قايتا ئوقۇلدى) ۋە ھۆججەتنىڭ ھەر بىر ئوبيېكتى (بەتكۈچلەر، ھۆججەت ئۇچۇرى، ئىزاھاتلار، جەدۋەل بۆلەكلىرى، سىڭدۈرۈلگەن ھۆججەتلەر) ئىچىدىن بۇ دەرىجە چىقىرىۋېتىدىغان نەرسىلەردىن {0} تۈرى ئىزدەلدى — چوڭ-كىچىك ھەرپ، يېزىق، ئىملا، بوشلۇق ۋە سىزىقچە بىلەن بۆلۈنۈشىدىن قەتئىينەزەر. ھېچقايسىسى تېپىلمىدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n protected form(s)</source>
        <translation>
            <numerusform>%n قوغدالغان جەدۋەل</numerusform>
            <numerusform>%n قوغدالغان جەدۋەل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not saved: verification found %n redacted item(s) in the brief. Nothing was written. Report this: the redaction missed something.</source>
        <translation>
            <numerusform>ساقلانمىدى: تەستىقلاش دوكلاتتا يوشۇرۇلغان %n تۈرنى بايقىدى. ھېچنېمە يېزىلمىدى. بۇنى مەلۇم قىلىڭ: يوشۇرۇش جەريانىدا بىر نەرسە چۈشۈپ قالغان.</numerusform>
            <numerusform>ساقلانمىدى: تەستىقلاش دوكلاتتا يوشۇرۇلغان %n تۈرنى بايقىدى. ھېچنېمە يېزىلمىدى. بۇنى مەلۇم قىلىڭ: يوشۇرۇش جەريانىدا بىر نەرسە چۈشۈپ قالغان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../../ui/errors.py" line="+27"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ۋە يەنە %n دانە.</numerusform>
            <numerusform>… ۋە يەنە %n دانە.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The redaction log will be saved next to the brief, as …-redaction-log.pdf.</source>
        <translation>يوشۇرۇش خاتىرىسى دوكلاتنىڭ يېنىغا …-redaction-log.pdf نامىدا ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the brief</source>
        <translation>دوكلاتنى ساقلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ھۆججەتلىرى (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="+37"/>
        <location filename="../../ui/editor/pages.py" line="-79"/>
        <source>Reference</source>
        <translation>نومۇر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/editor/pages.py" line="+1"/>
        <location line="+148"/>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>ئىلتىماسچى</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/editor/pages.py" line="-147"/>
        <location line="+130"/>
        <location filename="../../ui/figures_table_model.py" line="+18"/>
        <source>Status</source>
        <translation>ھالەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing</source>
        <translation>كېيىنكى سوت مەجلىسى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>ئاخىرقى ئۆزگەرتىش</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Someone in this case is at risk: their name never leaves the store unprotected.</source>
        <translation>بۇ دېلودىكى بىر كىشى خەۋپ ئاستىدا: ئۇنىڭ ئىسمى ئامباردىن ھەرگىز قوغدالمىغان ھالدا چىقمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-154"/>
        <source>(no name yet)</source>
        <translation>(تېخى ئىسىم يوق)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>For example ALM-2018-017</source>
        <translation>مەسىلەن: ALM-2018-017</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened on</source>
        <translation>ئېچىلغان چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>خەتكۈچلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asylum, border-crossing</source>
        <translation>پاناھلىق، چېگرادىن ئۆتۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>خۇلاسە</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given on</source>
        <translation>بېرىلگەن چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person agreed to</source>
        <translation>شەخس قوشۇلغان ئىشلار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on</source>
        <translation>قايتۇرۇۋېلىنغان چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>At risk in case {0}; protected in every brief and bundle.</source>
        <translation>دېلو {0} دا خەۋپ ئاستىدا: ھەر بىر دوكلات ۋە توپلامدا قوغدىلىدۇ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <translation>رولى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/people_table_model.py" line="+35"/>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Script</source>
        <translation>يېزىق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk: exposure could bring reprisals on them or their family</source>
        <translation>خەۋپ ئاستىدا: ئاشكارىلىنىپ قالسا ئۆزى ياكى ئائىلىسى ئۆچ ئېلىشقا ئۇچرىشى مۇمكىن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public figure: chose to speak in their own name in public</source>
        <translation>ئاممىۋى شەخس: ئاممىۋى سورۇندا ئۆز ئىسمى بىلەن سۆزلەشنى تاللىغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>تۇغۇلغان يىلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>پۇقرالىقى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CN, KZ</source>
        <translation>CN، KZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers</source>
        <translation>كىملىك ئۇچۇرلىرى</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/editor/pages.py" line="+1"/>
        <location line="+44"/>
        <location line="+26"/>
        <location line="+20"/>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-90"/>
        <source>Value</source>
        <translation>قىممىتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whereabouts</source>
        <translation>ھازىر قەيەردە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related to</source>
        <translation>كىم بىلەن تۇغقان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>مۇناسىۋىتى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mother, brother, …</source>
        <translation>ئانىسى، ئاكىسى، …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Told by</source>
        <translation>سۆزلىگۈچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>خاتىرىلەنگەن چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kk, ug, ru, zh, en</source>
        <translation>kk، ug، ru، zh، en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>سۆھبەتلەشكۈچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation of</source>
        <translation>قايسى باياننىڭ تەرجىمىسى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>تېكىست</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>باشلىنىشى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>ئاخىرلىشىشى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>زىيانكەشلىككە ئۇچرىغۇچىلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/figures_table_model.py" line="-1"/>
        <source>Region</source>
        <translation>رايون</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Country</source>
        <translation>دۆلەت</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../../ui/figures_table_model.py" line="+0"/>
        <source>Facility</source>
        <translation>قاماق ئورنى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-education camp, detention centre, …</source>
        <translation>قايتا تەربىيەلەش لاگېرى، قاماقخانا، …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations</source>
        <translation>ھوقۇق دەپسەندىچىلىكلىرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/evidence_table_model.py" line="-141"/>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told in</source>
        <translation>تىلغا ئېلىنغان بايانلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>مەنبەلەر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Court or authority</source>
        <translation>سوت ياكى ئورگان</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/editor/pages.py" line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+16"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-18"/>
        <source>Hearings</source>
        <translation>سوت مەجلىسلىرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>ۋاقىت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines</source>
        <translation>مۆھلەتلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is due</source>
        <translation>نېمە قىلىنىشى كېرەك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>تامام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>media, report, testimony, …</source>
        <translation>مېدىيا، مەلۇمات، گۇۋاھلىق، …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher</source>
        <translation>ئېلان قىلغۇچى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address (URL)</source>
        <translation>ئادرېس (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>No.</source>
        <translation>نومۇر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original file</source>
        <translation>ئەسلى ھۆججەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>نېمىگە ئائىت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>تىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received from</source>
        <translation>كىمدىن تاپشۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>قوشۇلغان</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case</source>
        <translation>دېلونىڭ ئۆزى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a record no longer in the case)</source>
        <translation>(دېلودا ئەمدى يوق خاتىرە)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(removed {0})</source>
        <translation>(ئۆچۈرۈلگەن: {0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed {0}: its content is gone for good; its custody history is kept.</source>
        <translation>ئۆچۈرۈلگەن: {0}. مەزمۇنى مەڭگۈلۈك يوقالدى؛ قولدىن ئۆتۈش تارىخى ساقلاندى.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} bytes</source>
        <translation>{0} بايت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on {0}</source>
        <translation>تاپشۇرۇۋېلىنغان چېسلا: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/evidence_viewer.py" line="+77"/>
        <source>Added {0} by {1}</source>
        <translation>قوشۇلغان: {0}، قوشقۇچى: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case as a whole</source>
        <translation>پۈتۈن دېلو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person: {0}</source>
        <translation>شەخس: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event: {0}</source>
        <translation>ۋەقە: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached</source>
        <translation>قىستۇرۇلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from a colleague</source>
        <translation>خىزمەتداشتىن تاپشۇرۇۋېلىندى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>كۆرۈلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported a copy</source>
        <translation>نۇسخىسى چىقىرىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened with another program</source>
        <translation>باشقا پروگراممىدا ئېچىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included in a brief</source>
        <translation>دوكلاتقا كىرگۈزۈلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included in a bundle</source>
        <translation>توپلامغا كىرگۈزۈلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>ئەۋەتىلدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>ئۆچۈرۈلدى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reason</source>
        <translation>سەۋەب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile</source>
        <translation>دەرىجە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind of brief</source>
        <translation>دوكلات تۈرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>قوبۇل قىلغۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hearing bundle</source>
        <translation>سوت مەجلىسى توپلىمى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>witness statement</source>
        <translation>گۇۋاھچى باياناتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public summary</source>
        <translation>ئاممىۋى خۇلاسە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal</source>
        <translation>ئىچكى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>court</source>
        <translation>سوت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>ئاممىۋى</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details</source>
        <translation>تەپسىلاتى</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} (UTC), audit entry {1}</source>
        <translation>{0} (UTC)، تەپتىش خاتىرىسى، يازما {1}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="-47"/>
        <source>Casefile does not play recordings. Export a copy, or open it with another program.</source>
        <translation>Casefile ئۈن-سىن قويمايدۇ. نۇسخىسىنى چىقىرىڭ ياكى باشقا پروگراممىدا ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile can show images and PDF documents only. Export a copy, or open it with another program.</source>
        <translation>Casefile پەقەت رەسىم ۋە PDF ھۆججەتلىرىنىلا كۆرسىتەلەيدۇ. نۇسخىسىنى چىقىرىڭ ياكى باشقا پروگراممىدا ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is {0}, too large to preview here. Export a copy, or open it with another program.</source>
        <translation>بۇ ھۆججەتنىڭ چوڭلۇقى {0}، بۇ يەردە كۆرسىتىشكە بەك چوڭ. نۇسخىسىنى چىقىرىڭ ياكى باشقا پروگراممىدا ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exhibit {0}</source>
        <translation>دەلىل {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original file: {0} ({1}, {2})</source>
        <translation>ئەسلى ھۆججەت: {0} ({1}، {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256 قىممىتى: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: {0}</source>
        <translation>نېمىگە ئائىت: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received from: {0}</source>
        <translation>كىمدىن تاپشۇرۇۋېلىنغان: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_window.py" line="+22"/>
        <source>Files can be added once the case has been saved for the first time. Save it, then open it again and come back to this tab, or choose Cases › Evidence files… (Ctrl+E) with the case selected.</source>
        <translation>دېلو تۇنجى قېتىم ساقلانغاندىن كېيىن ھۆججەت قوشقىلى بولىدۇ. ئۇنى ساقلاڭ، ئاندىن قايتا ئېچىپ بۇ بەتكە قايتىڭ؛ ياكى دېلونى تاللاپ، دېلولار › ئىسپات ھۆججەتلىرى… (Ctrl+E) نى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files are encrypted into the store as soon as they are added: Save and Cancel below are about the other tabs. Drop files here, or click “Add files…”.</source>
        <translation>ھۆججەتلەر قوشۇلۇشى بىلەنلا شىفىرلىنىپ ئامبارغا كىرىدۇ: ئاستىدىكى «ساقلاش» ۋە «بىكار قىلىش» باشقا بەتلەرگە ئائىت. ھۆججەتلەرنى بۇ يەرگە تاشلاڭ ياكى «ھۆججەت قوشۇش…» نى بېسىڭ.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="+28"/>
        <source>Import cases</source>
        <translation>دېلو ئەكىرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Interchange documents (*.json)</source>
        <translation>ئالماشتۇرۇش ھۆججەتلىرى (*.json)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Importing {0}…</source>
        <translation>ئەكىرىلىۋاتىدۇ: {0}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import finished</source>
        <translation>ئەكىرىش تاماملاندى</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n case(s): {0} added, {1} updated, {2} unchanged.</source>
        <translation>
            <numerusform>%n دېلو ئەكىرىلدى: {0} قوشۇلدى، {1} يېڭىلاندى، {2} ئۆزگەرمىدى.</numerusform>
            <numerusform>%n دېلو ئەكىرىلدى: {0} قوشۇلدى، {1} يېڭىلاندى، {2} ئۆزگەرمىدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The script of %n name(s) did not match their letters and was corrected.</source>
        <translation>
            <numerusform>%n ئىسىمنىڭ يېزىقى ھەرپلىرىگە ماس كەلمىگەچكە تۈزىتىلدى.</numerusform>
            <numerusform>%n ئىسىمنىڭ يېزىقى ھەرپلىرىگە ماس كەلمىگەچكە تۈزىتىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>ھېچنېمە ئەكىرىلمىدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was not imported and the store is unchanged.</source>
        <translation>ھۆججەت ئەكىرىلمىدى، ئامبار ئۆزگەرمىدى.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the %n selected case(s)</source>
        <translation>
            <numerusform>تاللانغان %n دېلو</numerusform>
            <numerusform>تاللانغان %n دېلو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every case in the store</source>
        <translation>ئامباردىكى بارلىق دېلولار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export without encryption</source>
        <translation>شىفىرلىماي چىقىرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This writes {0} to a file that is NOT encrypted, names of people at risk included. Share it only inside an encrypted bundle, and delete it when done. Go on?</source>
        <translation>بۇ مەشغۇلات {0} نى شىفىرلانمىغان ھۆججەتكە يازىدۇ، خەۋپ ئاستىدىكى كىشىلەرنىڭ ئىسىملىرىمۇ شۇنىڭ ئىچىدە. ئۇنى پەقەت شىفىرلانغان توپلام ئىچىدىلا ھەمبەھىرلەڭ، ئىش تۈگىگەندە ئۆچۈرۈۋېتىڭ. داۋاملاشتۇرامسىز؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cases</source>
        <translation>دېلو چىقىرىش</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {0}. The file is not encrypted.</source>
        <translation>چىقىرىلدى: {0}. بۇ ھۆججەت شىفىرلانمىغان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported</source>
        <translation>ھېچنېمە چىقىرىلمىدى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_menu.py" line="+37"/>
        <source>%n record(s) older than this store&apos;s, ignored.</source>
        <translation>
            <numerusform>بۇ ئامباردىكىدىن كونا بولغان %n خاتىرە نەزەردىن ساقىت قىلىندى.</numerusform>
            <numerusform>بۇ ئامباردىكىدىن كونا بولغان %n خاتىرە نەزەردىن ساقىت قىلىندى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed record(s) not brought back.</source>
        <translation>
            <numerusform>ئۆچۈرۈلگەن %n خاتىرە قايتۇرۇلمىدى.</numerusform>
            <numerusform>ئۆچۈرۈلگەن %n خاتىرە قايتۇرۇلمىدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) removed because the sender removed them; earlier versions are kept in the case&apos;s history.</source>
        <translation>
            <numerusform>ئەۋەتكۈچى ئۆچۈرگەنلىكى ئۈچۈن %n خاتىرە ئۆچۈرۈلدى؛ ئىلگىرىكى نەشرىلىرى دېلونىڭ تارىخىدا ساقلىنىدۇ.</numerusform>
            <numerusform>ئەۋەتكۈچى ئۆچۈرگەنلىكى ئۈچۈن %n خاتىرە ئۆچۈرۈلدى؛ ئىلگىرىكى نەشرىلىرى دېلونىڭ تارىخىدا ساقلىنىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;hare</source>
        <translation>ھەمبەھىرلەش(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send selected cases…</source>
        <translation>تاللانغان دېلولارنى ئەۋەتىش(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted, signed bundle of the selected cases and their evidence files, for colleagues</source>
        <translation>تاللانغان دېلولار ۋە ئۇلارنىڭ ئىسپات ھۆججەتلىرىدىن تۈزۈلگەن شىفىرلانغان، ئىمزالانغان توپلام، خىزمەتداشلار ئۈچۈن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive a bundle…</source>
        <translation>توپلام قوبۇل قىلىش(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a bundle from a colleague and merge its cases</source>
        <translation>خىزمەتداشتىن كەلگەن توپلامنى تەكشۈرۈپ، دېلولىرىنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address book…</source>
        <translation>ئادرېس دەپتىرى(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;identity…</source>
        <translation>كىملىكىم(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>توقۇنۇشلار(&amp;C)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Refused</source>
        <translation>رەت قىلىندى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send cases</source>
        <translation>دېلو ئەۋەتىش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the cases to send in the list first.</source>
        <translation>ئاۋۋال تىزىملىكتىن ئەۋەتىدىغان دېلولارنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent</source>
        <translation>ھېچنېمە ئەۋەتىلمىدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case and one recipient.</source>
        <translation>كەم دېگەندە بىر دېلو ۋە بىر قوبۇل قىلغۇچىنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the bundle</source>
        <translation>توپلامنى ساقلاش</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypting {0}…</source>
        <translation>شىفىرلىنىۋاتىدۇ: {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: no bundle was written.</source>
        <translation>توختىتىلدى: ھېچقانداق توپلام يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote {0}: {1} and {2}, encrypted to {3} (you included) and signed.</source>
        <translation>يېزىلدى: {0}. {1} ۋە {2}، {3} ئۈچۈن شىفىرلاندى (سىزنىمۇ قوشۇپ) ۋە ئىمزالاندى.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n دېلو</numerusform>
            <numerusform>%n دېلو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+58"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n ئىسپات ھۆججىتى</numerusform>
            <numerusform>%n ئىسپات ھۆججىتى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n قوبۇل قىلغۇچى</numerusform>
            <numerusform>%n قوبۇل قىلغۇچى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>From {0}: {1} added, {2} updated, {3} unchanged, {4} with conflicts; {5}.</source>
        <translation>ئەۋەتكۈچى {0}: {1} قوشۇلدى، {2} يېڭىلاندى، {3} ئۆزگەرمىدى، {4} توقۇنۇشلۇق؛ {5}.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Receive a bundle</source>
        <translation>توپلام قوبۇل قىلىش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypting and checking {0}…</source>
        <translation>شىفىرى يېشىلىپ تەكشۈرۈلۈۋاتىدۇ: {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: nothing was received.</source>
        <translation>توختىتىلدى: ھېچنېمە قوبۇل قىلىنمىدى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discarding the bundle…</source>
        <translation>توپلام تاشلىۋېتىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merging…</source>
        <translation>بىرلەشتۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>توپلام رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the address book</source>
        <translation>ئادرېس دەپتىرىگە قوشۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {0} (fingerprint {1}) to your address book? Mark the fingerprint as checked there once you have compared it with them.</source>
        <translation>{0} (بارماق ئىزى {1}) ئادرېس دەپتىرىڭىزگە قوشۇلسۇنمۇ؟ بارماق ئىزىنى ئۇلار بىلەن سېلىشتۇرغاندىن كېيىن، ئۇنى ئادرېس دەپتىرىدە «تەكشۈرۈلدى» دەپ بەلگىلەڭ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colleague</source>
        <translation>خىزمەتداش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added</source>
        <translation>قوشۇلمىدى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle from {0} was received before. Nothing was changed.</source>
        <translation>ئەۋەتكۈچى {0} بولغان بۇ توپلام ئىلگىرى قوبۇل قىلىنغان. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>توقۇنۇشلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some records were changed here and by the sender since you last exchanged them. Yours were kept; choose now, field by field, which version to keep (or later, from Share › Conflicts).</source>
        <translation>بەزى خاتىرىلەر ئاخىرقى قېتىم ئالماشتۇرغاندىن بۇيان ھەم بۇ يەردە، ھەم ئەۋەتكۈچى تەرىپىدىن ئۆزگەرتىلگەن. سىزنىڭكى ساقلاندى؛ ھازىر ھەر بىر بۆلەك بويىچە قايسى نەشرىنى قالدۇرۇشنى تاللاڭ (ياكى كېيىن، ھەمبەھىرلەش › توقۇنۇشلار ئارقىلىق).</translation>
    </message>
    <message>
        <location filename="../../ui/figures_table_model.py" line="+0"/>
        <source>Violation</source>
        <translation>ھوقۇق دەپسەندىچىلىكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>يىل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded</source>
        <translation>كۆرسىتىلمىگەن</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>شەخسلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>ۋەقەلەر</translation>
    </message>
    <message>
        <location filename="../../ui/link_reasons.py" line="+10"/>
        <source>Latin</source>
        <translation>لاتىن يېزىقى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cyrillic</source>
        <translation>كىرىل يېزىقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic script</source>
        <translation>ئەرەب يېزىقى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>خەنزۇ يېزىقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>گرېك يېزىقى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same name in {0}</source>
        <translation>ئوخشاش ئىسىم ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in {0} and {1}</source>
        <translation>ئوخشاش ئىسىم ({0} ۋە {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar names {0} and {1}</source>
        <translation>ئوخشىشىپ كېتىدىغان ئىسىملار: {0} ۋە {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>born {0} in both</source>
        <translation>ھەر ئىككىسى {0}-يىلى تۇغۇلغان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>born {0} and {1}</source>
        <translation>تۇغۇلغان يىلى {0} ۋە {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both name {0} as {1}</source>
        <translation>ھەر ئىككىسى {0} نى تىلغا ئالىدۇ ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both name the place {0}</source>
        <translation>ھەر ئىككىسى {0} دېگەن جاينى تىلغا ئالىدۇ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/people_table_model.py" line="+0"/>
        <source>Other names</source>
        <translation>باشقا ئىسىملىرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases and roles</source>
        <translation>دېلولار ۋە روللىرى</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>At risk in at least one case: protected in every brief and bundle of every case they appear in.</source>
        <translation>كەم دېگەندە بىر دېلودا خەۋپ ئاستىدا: ئۇ تىلغا ئېلىنغان ھەر بىر دېلونىڭ ھەر بىر دوكلاتى ۋە توپلىمىدا قوغدىلىدۇ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/i18n.py" line="+60"/>
        <source>%n byte(s)</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} KiB</source>
        <translation>{0} كىلوبايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} MiB</source>
        <translation>{0} مېگابايت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} GiB</source>
        <translation>{0} گىگابايت</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+17"/>
        <source>About Casefile</source>
        <translation>Casefile ھەققىدە</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no store is open</source>
        <translation>ھېچقانداق ئامبار ئېچىلمىغان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile %1</source>
        <translation>Casefile %1 نەشرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted documentation of human-rights cases. Licence: %1.</source>
        <translation>كىشىلىك ھوقۇق دېلولىرىنى شىفىرلانغان ھالدا ھۆججەتلەشتۈرۈش. ئىجازەتنامە: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open store: %1</source>
        <translation>ئېچىلغان ئامبار: %1</translation>
    </message>
</context>
<context>
    <name>AccountTextEditor</name>
    <message>
        <location filename="../../ui/editor/account_text.py" line="+30"/>
        <source>Why (for example: identifies a relative)</source>
        <translation>سەۋەبى (مەسىلەن: بىر تۇغقاننى پاش قىلىدۇ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark selection</source>
        <translation>تاللانغاننى بەلگىلەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked words never leave the store: briefs and shared copies show them blacked out.</source>
        <translation>بەلگىلەنگەن سۆزلەر ئامباردىن ھەرگىز چىقمايدۇ: دوكلاتلار ۋە ھەمبەھىرلەنگەن نۇسخىلاردا ئۇلار قارىلىتىلىپ كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove mark</source>
        <translation>بەلگىنى ئېلىۋېتىش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked spans</source>
        <translation>بەلگىلەنگەن قىسىملار</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="+82"/>
        <source>Address book</source>
        <translation>ئادرېس دەپتىرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key fingerprint</source>
        <translation>ئىمزا ئاچقۇچىنىڭ بارماق ئىزى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in person</source>
        <translation>يۈزمۇيۈز تەكشۈرۈلگەن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>قوشۇش…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>تەھرىرلەش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as checked</source>
        <translation>تەكشۈرۈلدى دەپ بەلگىلەش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no signing key</source>
        <translation>ئىمزا ئاچقۇچى يوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ياق</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved</source>
        <translation>ساقلانمىدى</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove contact</source>
        <translation>ئالاقىداشنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the address book? Bundles they sign will then come from an unknown key.</source>
        <translation>{0} ئادرېس دەپتىرىدىن ئۆچۈرۈلسۇنمۇ؟ ئۇنداقتا ئۇلار ئىمزالىغان توپلاملار نامەلۇم ئاچقۇچتىن كەلگەن بولۇپ كۆرۈنىدۇ.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="+28"/>
        <source>What is due</source>
        <translation>مۆھلەتلەر ۋە سوت مەجلىسلىرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next 7 days</source>
        <translation>كېيىنكى 7 كۈن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the next 30 days</source>
        <translation>كېيىنكى 30 كۈن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next 3 months</source>
        <translation>كېيىنكى 3 ئاي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the next year</source>
        <translation>كېيىنكى بىر يىل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>ھەممىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>ۋاقتى ئۆتكەن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>بۈگۈن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>بۇ ھەپتە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>كېيىنرەك</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export calendar…</source>
        <translation>كالېندارغا چىقىرىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An iCalendar file of the items shown: case references and kinds only, never names, places or descriptions</source>
        <translation>كۆرسىتىلگەن خاتىرىلەرنىڭ iCalendar ھۆججىتى: پەقەت دېلو نومۇرلىرى ۋە خاتىرە تۈرى، ئىسىم، ئورۇن ۋە چۈشەندۈرۈش يوق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due in</source>
        <translation>مەزگىل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>كۆرسىتىش</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n خاتىرە.</numerusform>
            <numerusform>%n خاتىرە.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing is due, and nothing is overdue.</source>
        <translation>يېقىن مۆھلەت ۋە سوت مەجلىسى يوق، ۋاقتى ئۆتكەن مۆھلەتمۇ يوق.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export calendar</source>
        <translation>كالېندارغا چىقىرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ھۆججەتلىرى (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote %n item(s) to {0}: case references and kinds only, no names.</source>
        <translation>
            <numerusform>{0} ھۆججىتىگە %n خاتىرە يېزىلدى: پەقەت دېلو نومۇرلىرى ۋە تۈرى (سوت مەجلىسى ياكى مۆھلەت)، ئىسىم يوق.</numerusform>
            <numerusform>{0} ھۆججىتىگە %n خاتىرە يېزىلدى: پەقەت دېلو نومۇرلىرى ۋە تۈرى (سوت مەجلىسى ياكى مۆھلەت)، ئىسىم يوق.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaNotice</name>
    <message>
        <location line="+14"/>
        <source>Show</source>
        <translation>كۆرسىتىش</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>ۋاقتى ئۆتكىنى: %n</numerusform>
            <numerusform>ۋاقتى ئۆتكىنى: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due today</source>
        <translation>
            <numerusform>بۈگۈن: %n</numerusform>
            <numerusform>بۈگۈن: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due this week</source>
        <translation>
            <numerusform>بۇ ھەپتە: %n</numerusform>
            <numerusform>بۇ ھەپتە: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+31"/>
        <location line="+33"/>
        <source>Back up the store</source>
        <translation>ئامبارنى زاپاسلاش</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A file on another disk, e.g. a USB stick</source>
        <translation>باشقا دىسكىدىكى ھۆججەت، مەسىلەن USB دىسكا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> days</source>
        <translation> كۈن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is one encrypted file holding every case, evidence file and the audit log. It opens with this store&apos;s passphrase or recovery key.</source>
        <translation>زاپاس نۇسخا بارلىق دېلو، ئىسپات ھۆججىتى ۋە تەپتىش خاتىرىسىنى ئۆز ئىچىگە ئالغان بىرلا شىفىرلانغان ھۆججەت. ئۇ بۇ ئامبارنىڭ مەخپىي ئىبارىسى ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىلىدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file:</source>
        <translation>زاپاس ھۆججەت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me after:</source>
        <translation>ئەسكەرتىش ۋاقتى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up</source>
        <translation>زاپاسلاش</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Casefile backups (*.cfbackup)</source>
        <translation>Casefile زاپاس نۇسخىلىرى (*.cfbackup)</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location line="+40"/>
        <source>This store has never been backed up: Store › Back up…</source>
        <translation>بۇ ئامبار تېخى زاپاسلانمىغان: ئامبار › زاپاسلاش…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last backup is more than %n day(s) old (it was made on {0}): Store › Back up…</source>
        <translation>
            <numerusform>ئاخىرقى زاپاس نۇسخا ئېلىنغىنىغا %n كۈندىن ئاشتى (ئېلىنغان ۋاقتى: {0}): ئامبار › زاپاسلاش…</numerusform>
            <numerusform>ئاخىرقى زاپاس نۇسخا ئېلىنغىنىغا %n كۈندىن ئاشتى (ئېلىنغان ۋاقتى: {0}): ئامبار › زاپاسلاش…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_dialog.py" line="-186"/>
        <source>Brief of case {0}</source>
        <translation>دېلو دوكلاتى: {0}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The applicant&apos;s statement</source>
        <translation>ئىلتىماسچىنىڭ باياناتى</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Brief</source>
        <translation>دوكلات</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anonymity order made</source>
        <translation>ئىسىمنى مەخپىي تۇتۇش بۇيرۇقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover says “anonymity order made”, and a court brief names the applicant by initials (as a public one does) on every page: cover, statement of truth, headings and bookmarks included.</source>
        <translation>مۇقاۋىدا «ئىسىمنى مەخپىي تۇتۇش بۇيرۇقى چىقىرىلغان» دەپ يېزىلىدۇ، سوت دوكلاتى ئىلتىماسچىنى (ئاممىۋى دوكلاتقا ئوخشاش) ھەر بىر بەتتە باش ھەرپلىرى بىلەن ئاتايدۇ: مۇقاۋا، راستلىق باياناتى، ماۋزۇلار ۋە بەتكۈچلەرمۇ بۇنىڭ ئىچىدە.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Account {0} ({1})</source>
        <translation>بايان {0} ({1})</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation>Letter (ئامېرىكا)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also save a redaction log (internal)</source>
        <translation>يوشۇرۇش خاتىرىسىنىمۇ ساقلاش (ئىچكى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was replaced where, with the originals: for the lawyer, never to be sent with the brief. Saved next to it as …-redaction-log.pdf.</source>
        <translation>نېمىنىڭ قەيەردە ئالماشتۇرۇلغانلىقى ئەسلى بىلەن بىللە: ئادۋوكات ئۈچۈن، دوكلات بىلەن ھەرگىز ئەۋەتىلمەيدۇ. يوشۇرۇش خاتىرىسى سۈپىتىدە دوكلاتنىڭ يېنىغا …-redaction-log.pdf نامىدا ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Document:</source>
        <translation>ھۆججەت(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>بايان(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>دەرىجە(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;aper:</source>
        <translation>قەغەز(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>تىل(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the headings, labels, dates and pseudonyms; the case is printed as recorded</source>
        <translation>ماۋزۇلار، بەلگىلەر، چېسلالار ۋە بۈركەنمە ئىسىملارنىڭ تىلى؛ دېلو خاتىرىلەنگەن پېتى بېسىلىدۇ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make brief</source>
        <translation>دوكلات ياساش(&amp;M)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save…</source>
        <translation>ساقلاش(&amp;S)…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The options changed: make the brief again.</source>
        <translation>تاللانمىلار ئۆزگەردى: دوكلاتنى قايتا ياساڭ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the brief…</source>
        <translation>دوكلات ياسىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting, laying out and verifying…</source>
        <translation>يوشۇرۇلۇۋاتىدۇ، بەتلەرگە تىزىلىۋاتىدۇ ۋە تەستىقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No brief was made.</source>
        <translation>دوكلات ياسالمىدى.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refused: {0} Nothing was written.</source>
        <translation>رەت قىلىندى: {0} ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+4"/>
        <source>The brief failed verification and cannot be saved.</source>
        <translation>دوكلات تەستىقلاشتىن ئۆتمىدى، ئۇنى ساقلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: the {0} profile needs one of these consents: {1}, but the consent was withdrawn. Record the consent or choose another profile. Nothing was written.</source>
        <translation>رەت قىلىندى: «{0}» دەرىجىسى ئۈچۈن بۇ رازىلىقلارنىڭ بىرى كېرەك: {1}، ئەمما رازىلىق قايتۇرۇۋېلىنغان. رازىلىقنى دېلوغا خاتىرىلەڭ ياكى باشقا دەرىجە تاللاڭ. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: the {0} profile needs one of these consents: {1}, and the case has none of them. Record the consent or choose another profile. Nothing was written.</source>
        <translation>رەت قىلىندى: «{0}» دەرىجىسى ئۈچۈن بۇ رازىلىقلارنىڭ بىرى كېرەك: {1}، ئەمما دېلودا ئۇلارنىڭ ھېچقايسىسى يوق. رازىلىقنى دېلوغا خاتىرىلەڭ ياكى باشقا دەرىجە تاللاڭ. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>ساقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The brief was not saved</source>
        <translation>دوكلات ساقلانمىدى</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/brief_preview.py" line="+28"/>
        <source>‹ Previous</source>
        <translation>‹ ئالدىنقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>كېيىنكى ›</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pages are shown here once the brief is made and verified.</source>
        <translation>دوكلات ياسىلىپ تەستىقلانغاندىن كېيىن بەتلەر بۇ يەردە كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page {0} of {1}</source>
        <translation>بەت {0} / {1}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="+54"/>
        <source>Case {0}</source>
        <translation>دېلو {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>يېڭى دېلو</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>بايانلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>ۋەقەلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proceedings</source>
        <translation>قانۇنىي جەريانلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>مەنبەلەر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>ھۆججەتلەر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>تارىخ</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+142"/>
        <source>Unsaved changes</source>
        <translation>ساقلانمىغان ئۆزگەرتىشلەر</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>When the store locked on {0}, this case had changes that could not be saved yet. Take them up again?</source>
        <translation>ئامبار قۇلۇپلانغاندا ({0})، بۇ دېلودا تېخى ساقلىغىلى بولمىغان ئۆزگەرتىشلەر بار ئىدى. ئۇلارنى قايتا داۋاملاشتۇرامسىز؟</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n problem(s) to fix before the case can be saved</source>
        <translation>
            <numerusform>دېلونى ساقلاشتىن بۇرۇن تۈزىتىدىغان %n مەسىلە بار</numerusform>
            <numerusform>دېلونى ساقلاشتىن بۇرۇن تۈزىتىدىغان %n مەسىلە بار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>مەسىلە تېپىلمىدى.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>بۇ دېلودا ساقلانمىغان ئۆزگەرتىشلەر بار. ساقلامسىز؟</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list_page.py" line="+30"/>
        <source>Search every field, in any script: names, places, narratives…</source>
        <translation>ھەممە بۆلەكتىن، ھەر قانداق يېزىقتا ئىزدەش: ئىسىملار، جايلار، بايانلار…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only cases with people at risk</source>
        <translation>پەقەت خەۋپ ئاستىدىكى كىشىلىرى بار دېلولار</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>ھالەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>خەتكۈچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation</source>
        <translation>ھوقۇق دەپسەندىچىلىكى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>قاماق ئورنى</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any</source>
        <translation>ھەممىسى</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Counting…</source>
        <translation>سانىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n case(s) match</source>
        <translation>
            <numerusform>%n دېلو ماس كەلدى</numerusform>
            <numerusform>%n دېلو ماس كەلدى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(too many to rank: the most recently changed first; add a word to narrow the search)</source>
        <translation>(رەتلەشكە بەك كۆپ: ئەڭ يېقىندا ئۆزگەرتىلگەنلىرى ئالدىدا؛ ئىزدەشنى تارايتىش ئۈچۈن يەنە بىر سۆز قوشۇڭ)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n دېلو</numerusform>
            <numerusform>%n دېلو</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+16"/>
        <source>Change the passphrase</source>
        <translation>مەخپىي ئىبارىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>ھازىرقى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>يېڭى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>كۈچى</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two new passphrases differ.</source>
        <translation>ئىككى يېڭى مەخپىي ئىبارە ئوخشىمايدۇ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the passphrase…</source>
        <translation>مەخپىي ئىبارە ئۆزگەرتىلىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="+34"/>
        <source>Resolve a conflict in %1</source>
        <translation>توقۇنۇشنى ھەل قىلىش: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This %1 was changed here and by %2 since you last exchanged it. For each field, choose which version to keep.</source>
        <translation>بۇ %1 ئاخىرقى قېتىم ئالماشتۇرغاندىن بۇيان ھەم بۇ يەردە، ھەم %2 تەرىپىدىن ئۆزگەرتىلگەن. ھەر بىر بۆلەك ئۈچۈن قايسى نەشرىنى قالدۇرۇشنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>بۆلەك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this store)</source>
        <translation>مېنىڭكى (بۇ ئامبار)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (%1)</source>
        <translation>ئۇلارنىڭكى (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot save this choice</source>
        <translation>بۇ تاللاشنى ساقلىغىلى بولمايدۇ</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <location line="+146"/>
        <source>Conflicts</source>
        <translation>توقۇنۇشلار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts are waiting.</source>
        <translation>ھەل قىلىنمىغان توقۇنۇش يوق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve…</source>
        <translation>ھەل قىلىش…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>case details</source>
        <translation>دېلو تەپسىلاتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — from %3 — %4</source>
        <translation>%1 — %2 — ئەۋەتكۈچى %3 — %4</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location line="-54"/>
        <source>No consent to share</source>
        <translation>ھەمبەھىرلەشكە رازىلىق يوق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person concerned has not consented to sharing these cases with partners: %1. Record the consent in the case, or send anyway and say why; the reason goes into the audit log.</source>
        <translation>مۇناسىۋەتلىك شەخس بۇ دېلولارنى ھەمكار تەشكىلاتلار بىلەن ھەمبەھىرلەشكە رازىلىق بەرمىگەن: %1. رازىلىقنى دېلوغا خاتىرىلەڭ، ياكى سەۋەبىنى يېزىپ يەنىلا ئەۋەتىڭ؛ سەۋەب تەپتىش خاتىرىسىگە يېزىلىدۇ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why these cases are sent without consent</source>
        <translation>بۇ دېلولار نېمە ئۈچۈن رازىلىقسىز ئەۋەتىلىدۇ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send anyway</source>
        <translation>يەنىلا ئەۋەتىش</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="-131"/>
        <source>Contact</source>
        <translation>ئالاقىداش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>ئالاقىداشنى تەھرىرلەش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ed25519:… (needed to recognise their bundles)</source>
        <translation>ed25519:… (ئۇلارنىڭ توپلاملىرىنى تونۇش ئۈچۈن كېرەك)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I compared the fingerprint with this person, in person or by phone</source>
        <translation>بارماق ئىزىنى بۇ شەخس بىلەن يۈزمۇيۈز ياكى تېلېفوندا سېلىشتۇردۇم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>قوبۇل قىلغۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation>ئىمزا ئاچقۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>بارماق ئىزى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a signing key yet</source>
        <translation>تېخى ئىمزا ئاچقۇچى ئەمەس</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="+180"/>
        <source>Custody of exhibit {0}</source>
        <translation>قولدىن ئۆتۈش تارىخى: دەلىل {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhibit {0}</source>
        <translation>دەلىل {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(removed {0})</source>
        <translation>(ئۆچۈرۈلگەن: {0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256 at intake: {0}</source>
        <translation>قوبۇل قىلىنغاندىكى SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole SHA-256 (the clipboard forgets it after a while)</source>
        <translation>پۈتۈن SHA-256 نى كۆچۈرۈش (چاپلاش تاختىسى ئۇنى بىر ئازدىن كېيىن ئۆچۈرىدۇ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the audit log…</source>
        <translation>تەپتىش خاتىرىسى تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The audit log is damaged: {0}. This history cannot be relied on; restore the store from a backup.</source>
        <translation>تەپتىش خاتىرىسى بۇزۇلغان: {0}. بۇ تارىخقا ئىشەنگىلى بولمايدۇ؛ ئامبارنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log&apos;s chain is unbroken: no entry of this history has been altered or removed.</source>
        <translation>تەپتىش خاتىرىسىنىڭ زەنجىرى ئۈزۈلمىگەن: بۇ تارىختىكى ھېچقانداق يازما ئۆزگەرتىلمىگەن ياكى ئۆچۈرۈلمىگەن.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence_window.py" line="+26"/>
        <source>Evidence files — {0}</source>
        <translation>ئىسپات ھۆججەتلىرى — {0}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+66"/>
        <source>Drop files here, or click “Add files…”. They are encrypted into the store; every view, export and removal goes into the file&apos;s custody history.</source>
        <translation>ھۆججەتلەرنى بۇ يەرگە تاشلاڭ ياكى «ھۆججەت قوشۇش…» نى بېسىڭ. ئۇلار شىفىرلىنىپ ئامبارغا كىرىدۇ؛ ھەر قېتىملىق كۆرۈش، چىقىرىش ۋە ئۆچۈرۈش ھۆججەتنىڭ قولدىن ئۆتۈش تارىخىغا يېزىلىدۇ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add files…</source>
        <translation>ھۆججەت قوشۇش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+493"/>
        <source>View</source>
        <translation>كۆرۈش</translation>
    </message>
    <message>
        <location line="-492"/>
        <location line="+492"/>
        <source>Export a copy…</source>
        <translation>نۇسخىسىنى چىقىرىش…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+492"/>
        <source>Open with another program…</source>
        <translation>باشقا پروگراممىدا ئېچىش…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+492"/>
        <source>Custody history…</source>
        <translation>قولدىن ئۆتۈش تارىخى…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+496"/>
        <source>Remove…</source>
        <translation>ئۆچۈرۈش…</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Show removed files</source>
        <translation>ئۆچۈرۈلگەن ھۆججەتلەرنى كۆرسىتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 نى كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the copies now</source>
        <translation>نۇسخىلارنى ھازىر ئۆچۈرۈش</translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>Adding %n file(s)… Other actions on files wait until this is done.</source>
        <translation>
            <numerusform>%n ھۆججەت قوشۇلۇۋاتىدۇ… ھۆججەتلەر ئۈستىدىكى باشقا مەشغۇلاتلار بۇ تۈگىگۈچە كۈتىدۇ.</numerusform>
            <numerusform>%n ھۆججەت قوشۇلۇۋاتىدۇ… ھۆججەتلەر ئۈستىدىكى باشقا مەشغۇلاتلار بۇ تۈگىگۈچە كۈتىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n ھۆججەت قوشۇلدى.</numerusform>
            <numerusform>%n ھۆججەت قوشۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: the file being added when you clicked Stop was not added.</source>
        <translation>توختىتىلدى: «توختىتىش» نى باسقان ۋاقىتتا قوشۇلۇۋاتقان ھۆججەت قوشۇلمىدى.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Exhibit {0} viewed.</source>
        <translation>دەلىل {0} كۆرۈلدى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are being added</source>
        <translation>ھۆججەتلەر قوشۇلۇۋاتىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the files being added are in the store (or click Stop), then try again.</source>
        <translation>قوشۇلۇۋاتقان ھۆججەتلەر ئامبارغا كىرگۈچە ساقلاڭ (ياكى «توختىتىش» نى بېسىڭ)، ئاندىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export a copy</source>
        <translation>نۇسخىسىنى چىقىرىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Export it only to an encrypted disk or to hand it over, and delete it when it is no longer needed. The export goes into the file&apos;s custody history.</source>
        <translation>نۇسخا شىفىرلانمايدۇ: ھۆججەت ياكى دىسكا قولىغا چۈشكەن ھەر قانداق ئادەم ئۇنى ئوقۇيالايدۇ. ئۇنى پەقەت شىفىرلانغان دىسكىغا ياكى قولمۇقول تاپشۇرۇش ئۈچۈنلا چىقىرىڭ، كېرەك بولمىغاندا ئۆچۈرۈۋېتىڭ. چىقىرىش ھۆججەتنىڭ قولدىن ئۆتۈش تارىخىغا يېزىلىدۇ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export a copy of exhibit {0}</source>
        <translation>نۇسخا چىقىرىش: دەلىل {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exhibit {0} exported to {1}; the copy&apos;s SHA-256 was checked.</source>
        <translation>دەلىل {0} چىقىرىلدى: {1}؛ نۇسخىنىڭ SHA-256 قىممىتى تەكشۈرۈلدى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open with another program</source>
        <translation>باشقا پروگراممىدا ئېچىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To open this file in another program, Casefile must write an unencrypted copy of it. That program may keep its own copies (recent files, thumbnails, backups) that Casefile cannot remove.

The copy is deleted when you click “Delete the copies now”, when you close this window, or when the store locks.

Open it anyway?</source>
        <translation>بۇ ھۆججەتنى باشقا پروگراممىدا ئېچىش ئۈچۈن Casefile ئۇنىڭ شىفىرلانمىغان نۇسخىسىنى يېزىشى كېرەك. ئۇ پروگرامما ئۆزىنىڭ نۇسخىلىرىنى (يېقىنقى ھۆججەتلەر، كىچىك رەسىملەر، زاپاس نۇسخىلار) ساقلىۋېلىشى مۇمكىن، Casefile ئۇلارنى ئۆچۈرەلمەيدۇ.

نۇسخا «نۇسخىلارنى ھازىر ئۆچۈرۈش» نى باسقاندا، بۇ كۆزنەكنى تاقىغاندا ياكى ئامبار قۇلۇپلانغاندا ئۆچۈرۈلىدۇ.

يەنىلا ئاچامسىز؟</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No program on this computer opens this kind of file; the copy was deleted.</source>
        <translation>بۇ كومپيۇتېردا بۇ خىل ھۆججەتنى ئاچىدىغان پروگرامما يوق؛ نۇسخا ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unencrypted copies open in other programs: {0}
They are deleted when you click the button, close this window, or the store locks.</source>
        <translation>باشقا پروگراممىلاردا ئوچۇق تۇرغان شىفىرلانمىغان نۇسخىلار: {0}
كۇنۇپكىنى باسقاندا، بۇ كۆزنەكنى تاقىغاندا ياكى ئامبار قۇلۇپلانغاندا ئۇلار ئۆچۈرۈلىدۇ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exhibit {0} was removed; its custody history is kept.</source>
        <translation>دەلىل {0} ئۆچۈرۈلدى؛ قولدىن ئۆتۈش تارىخى ساقلاندى.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mark as this person&apos;s photo</source>
        <translation>بۇ كىشىنىڭ رەسىمى دەپ بەلگىلەش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an image recorded as being about a person can be their photo.</source>
        <translation>پەقەت بىر كىشى ھەققىدە دەپ خاتىرىلەنگەن سۈرەتلا ئۇنىڭ رەسىمى بولالايدۇ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exhibit {0} is now this person&apos;s photo.</source>
        <translation>دەلىل {0} ئەمدى بۇ كىشىنىڭ رەسىمى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {0} is no longer a person&apos;s photo.</source>
        <translation>دەلىل {0} ئەمدى كىشىنىڭ رەسىمى ئەمەس.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add evidence files</source>
        <translation>ئىسپات ھۆججىتى قوشۇش</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stopping…</source>
        <translation>توختىتىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SHA-256 of exhibit {0} was copied.</source>
        <translation>SHA-256 قىممىتى كۆچۈرۈلدى: دەلىل {0}.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="+21"/>
        <source>Exhibit {0}</source>
        <translation>دەلىل {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>◀ Previous page</source>
        <translation>▶ ئالدىنقى بەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page ▶</source>
        <translation>كېيىنكى بەت ◀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>كۆزنەككە ماسلاشتۇرۇش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a copy…</source>
        <translation>نۇسخىسىنى چىقىرىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with another program…</source>
        <translation>باشقا پروگراممىدا ئېچىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decrypting…</source>
        <translation>شىفىرى يېشىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password). Export a copy, or open it with another program.</source>
        <translation>بۇ PDF نى بۇ يەردە كۆرسەتكىلى بولمايدۇ (بۇزۇلغان ياكى پارول بىلەن قوغدالغان بولۇشى مۇمكىن). نۇسخىسىنى چىقىرىڭ ياكى باشقا پروگراممىدا ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image cannot be shown here (its format is not one Casefile reads, or it is damaged). Export a copy, or open it with another program.</source>
        <translation>بۇ رەسىمنى بۇ يەردە كۆرسەتكىلى بولمايدۇ (فورماتىنى Casefile ئوقۇيالمايدۇ ياكى ئۇ بۇزۇلغان). نۇسخىسىنى چىقىرىڭ ياكى باشقا پروگراممىدا ئېچىڭ.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Page {0} of {1}</source>
        <translation>بەت {0} / {1}</translation>
    </message>
</context>
<context>
    <name>FacilitiesWindow</name>
    <message>
        <location filename="../../ui/facilities_window.py" line="+48"/>
        <location line="+172"/>
        <source>Facilities</source>
        <translation>قاماق ئورۇنلىرى</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Search by any name, in any script</source>
        <translation>خالىغان نام بىلەن، خالىغان يېزىقتا ئىزدەش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>قوش&amp;ۇش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>تەھرىر&amp;لەش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>ئۆچۈر&amp;ۈش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link places…</source>
        <translation>ئورۇنلارنى &amp;باغلاش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places written in cases that name a facility: link the ones you agree with</source>
        <translation>دېلولاردا يېزىلغان، قاماق ئورنىنى تىلغا ئالغان ئورۇنلار: قوشۇلىدىغانلىرىڭىزنى باغلاڭ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County:</source>
        <translation>ناھىيە:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture:</source>
        <translation>ئوبلاست:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>كوئوردىناتلار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>ئىزاھات:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names and aliases</source>
        <translation>ناملىرى ۋە باشقا ناملىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>يېزىق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>نامى</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>باشلانغان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>ئاخىرلاشقان</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No facility chosen</source>
        <translation>قاماق ئورنى تاللانمىدى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases and events</source>
        <translation>دېلولار ۋە ۋەقەلەر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>alias</source>
        <translation>باشقا نامى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>نامى</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases and events that point to it: %n case(s)</source>
        <translation>
            <numerusform>ئۇنىڭغا باغلانغان دېلولار ۋە ۋەقەلەر: %n دېلو</numerusform>
            <numerusform>ئۇنىڭغا باغلانغان دېلولار ۋە ۋەقەلەر: %n دېلو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove facility</source>
        <translation>قاماق ئورنىنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this facility from the registry? Cases keep their places as written.</source>
        <translation>بۇ قاماق ئورنىنى تىزىملىكتىن ئۆچۈرەمسىز؟ دېلولاردىكى ئورۇنلار يېزىلغان پېتى قالىدۇ.</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <location filename="../../ui/facility_dialog.py" line="+37"/>
        <source>Edit facility</source>
        <translation>قاماق ئورنىنى تەھرىرلەش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New facility</source>
        <translation>يېڭى قاماق ئورنى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One name per line, at most one in each script:
Xinyuan re-education camp
新源县职业技能教育培训中心</source>
        <translation>ھەر قۇرغا بىر نام، ھەر يېزىقتا بىردىن ئارتۇق ئەمەس:
شىنيۈەن لاگېرى
新源县职业技能教育培训中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other names it is known by, one per line, any script</source>
        <translation>ئۇنىڭ باشقا ناملىرى، ھەر قۇرغا بىردىن، خالىغان يېزىقتا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 43.43</source>
        <translation>مەسىلەن، 43.43</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 83.26</source>
        <translation>مەسىلەن، 83.26</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>تۈر&amp;ى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names:</source>
        <translation>نام&amp;لىرى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name per script; the script is read from the letters. Other spellings and names go under Aliases.</source>
        <translation>ھەر يېزىقتا بىر نام؛ يېزىق ھەرپلەردىن بېكىتىلىدۇ. باشقا يېزىلىشلار ۋە ناملار «باشقا ناملىرى» غا يېزىلىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aliases:</source>
        <translation>باشقا ناملى&amp;رى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;County:</source>
        <translation>ناھىي&amp;ە:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefecture:</source>
        <translation>ئوبلاس&amp;ت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>كەڭلى&amp;ك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>ئۇزۇنلۇ&amp;ق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>ئىزاھا&amp;ت:</translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <location filename="../../ui/facility_table_model.py" line="+17"/>
        <source>Name</source>
        <translation>نامى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefecture</source>
        <translation>ئوبلاست</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>ۋەقەلەر</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/figures_dialog.py" line="+23"/>
        <source>Figures for reports</source>
        <translation>ھېساباتلار ئۈچۈن سانلىق مەلۇمات</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export CSV…</source>
        <translation>CSV قىلىپ چىقىرىش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table as a CSV file: counts, violations, places and years; no names and nothing else about a person</source>
        <translation>جەدۋەل CSV ھۆججىتى سۈپىتىدە: سانلار، ھوقۇق دەپسەندىچىلىكلىرى، ئورۇنلار ۋە يىللار؛ ئىسىم ۋە شەخس ھەققىدە باشقا ھېچقانداق ئۇچۇر يوق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count by</source>
        <translation>ساناش ئۆلچىمى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart of</source>
        <translation>دىئاگرامما</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n قۇر.</numerusform>
            <numerusform>%n قۇر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to count yet.</source>
        <translation>ھازىرچە سانايدىغان نەرسە يوق.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export CSV</source>
        <translation>CSV قىلىپ چىقىرىش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ھۆججەتلىرى (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the figures to {0}: counts only, no personal data.</source>
        <translation>سانلىق مەلۇمات {0} ھۆججىتىگە يېزىلدى: پەقەت سانلار، شەخسىي ئۇچۇر يوق.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="+18"/>
        <source>Earlier versions</source>
        <translation>ئىلگىرىكى نەشرىلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed cases</source>
        <translation>ئۆچۈرۈلگەن دېلولار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version is kept. Restoring one keeps the current version too.</source>
        <translation>ساقلانغان ھەر بىر نەشرى ساقلىنىپ قالىدۇ. بىرىنى ئەسلىگە كەلتۈرگەندە ھازىرقى نەشرىمۇ ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases that were removed, as they were last saved.</source>
        <translation>ئۆچۈرۈلگەن دېلولار، ئاخىرقى قېتىم ساقلانغان ھالىتىدە.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None.</source>
        <translation>يوق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not restored</source>
        <translation>ئەسلىگە كەلتۈرۈلمىدى</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/editor/history_page.py" line="+17"/>
        <source>Who changed what, and when. The log keeps which fields changed, never their values; it cannot be edited.</source>
        <translation>كىم نېمىنى قاچان ئۆزگەرتكەن. خاتىرىدە قايسى بۆلەكلەرنىڭ ئۆزگەرگەنلىكى ساقلىنىدۇ، ئۇلارنىڭ قىممىتى ھەرگىز ساقلانمايدۇ؛ ئۇنى تەھرىرلىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history starts when the case is first saved.</source>
        <translation>تارىخ دېلو تۇنجى قېتىم ساقلانغاندا باشلىنىدۇ.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="+116"/>
        <source>My identity</source>
        <translation>كىملىكىم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your recipient and signing key to colleagues; they are not secret. Read them the fingerprint by phone or in person so they can check it.</source>
        <translation>قوبۇل قىلغۇچى ئاچقۇچىڭىز ۋە ئىمزا ئاچقۇچىڭىزنى خىزمەتداشلارغا بېرىڭ؛ ئۇلار مەخپىي ئەمەس. ئۇلار تەكشۈرەلىشى ئۈچۈن بارماق ئىزىنى تېلېفوندا ياكى يۈزمۇيۈز ئوقۇپ بېرىڭ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>قوبۇل قىلغۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation>ئىمزا ئاچقۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>بارماق ئىزى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy recipient and signing key</source>
        <translation>قوبۇل قىلغۇچى ۋە ئىمزا ئاچقۇچىنى كۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>كۆچۈرۈلدى</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialogs.py" line="-201"/>
        <source>Add %n evidence file(s)</source>
        <translation>
            <numerusform>%n ئىسپات ھۆججىتى قوشۇش</numerusform>
            <numerusform>%n ئىسپات ھۆججىتى قوشۇش</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files are encrypted into the store as they are, and their SHA-256 is recorded, so anyone can later check that an exhibit is the file received. The originals stay where they are; once the files are in the store, consider deleting the originals from this computer.</source>
        <translation>ھۆججەتلەر ئەسلى پېتى شىفىرلىنىپ ئامبارغا كىرىدۇ ۋە SHA-256 قىممىتى خاتىرىلىنىدۇ، شۇڭا كېيىن ھەر كىم دەلىلنىڭ دەل تاپشۇرۇۋېلىنغان ھۆججەت ئىكەنلىكىنى تەكشۈرەلەيدۇ. ئەسلى ھۆججەتلەر ئورنىدا قالىدۇ؛ ھۆججەتلەر ئامبارغا كىرگەندىن كېيىن ئەسلىلىرىنى بۇ كومپيۇتېردىن ئۆچۈرۈۋېتىشنى ئويلىشىڭ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who gave it: the applicant, her sister, a lawyer, …</source>
        <translation>كىم بەرگەن: ئىلتىماسچى، ئۇنىڭ ھەدىسى، ئادۋوكات، …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD، YYYY-MM ياكى YYYY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>نېمىگە ئائىت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>كىمدىن تاپشۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>تاپشۇرۇۋېلىنغان چېسلا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it is: detention notice, photo of the camp gate, …</source>
        <translation>نېمە ئىكەنلىكى: تۇتقۇن قىلىش ئۇقتۇرۇشى، لاگېر دەرۋازىسىنىڭ سۈرىتى، …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>تېپىلمىدى</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to the store</source>
        <translation>ئامبارغا قوشۇش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description of each file</source>
        <translation>ھەر بىر ھۆججەتنىڭ چۈشەندۈرۈلۈشى</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>چېسلانى YYYY-MM-DD، YYYY-MM ياكى YYYY شەكلىدە يېزىڭ.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/language.py" line="+130"/>
        <source>&amp;Language</source>
        <translation>تىل(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System ({0})</source>
        <translation>سىستېما ({0})</translation>
    </message>
</context>
<context>
    <name>LinkPlacesDialog</name>
    <message>
        <location filename="../../ui/link_places_dialog.py" line="+21"/>
        <location line="+78"/>
        <source>Link places to facilities</source>
        <translation>ئورۇنلارنى قاماق ئورۇنلىرىغا باغلاش</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>These places, as written in cases, name a facility of the registry. Tick the ones that are that facility and choose Link ticked. The text of the case is not changed; a link can be undone.</source>
        <translation>دېلولاردا يېزىلغان بۇ ئورۇنلار تىزىملىكتىكى بىر قاماق ئورنىنى تىلغا ئالىدۇ. ھەقىقەتەن شۇ قاماق ئورنى بولغانلىرىنى بەلگىلەپ، «بەلگىلەنگەنلەرنى باغلاش» نى بېسىڭ. دېلو تېكىستى ئۆزگەرمەيدۇ؛ باغلىنىشنى بىكار قىلغىلى بولىدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place as written</source>
        <translation>يېزىلغان ئورۇن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>قاماق ئورنى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Link ticked</source>
        <translation>بەلگىلەنگەنلەرنى &amp;باغلاش</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No place written in a case names a facility that it is not linked to.</source>
        <translation>دېلولاردا يېزىلغان ھېچقانداق ئورۇن تېخى باغلانمىغان قاماق ئورنىنى تىلغا ئالمايدۇ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+40"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <translation>ھۆججەت(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>ئەكىرىش(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or update cases from an interchange document; all or nothing</source>
        <translation>ئالماشتۇرۇش ھۆججىتىدىن دېلو قوشۇش ياكى يېڭىلاش؛ يا ھەممىسى، يا ھېچقايسىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as plain JSON…</source>
        <translation>شىفىرسىز JSON قىلىپ چىقىرىش(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected cases, or every case when none is selected</source>
        <translation>تاللانغان دېلولار؛ ھېچقايسىسى تاللانمىسا بارلىق دېلولار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>چېكىنىش(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases</source>
        <translation>دېلولار(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;يېڭى دېلو…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open case…</source>
        <translation>&amp;دېلو ئېچىش…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier &amp;versions…</source>
        <translation>ئىلگىرىكى &amp;نەشرىلەر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove case…</source>
        <translation>دېلونى &amp;ئۆچۈرۈش…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence &amp;files…</source>
        <translation>ئىسپات ھۆججەتلىرى(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected case&apos;s scans, photos and recordings</source>
        <translation>تاللانغان دېلونىڭ سكانېرلانغان ھۆججەتلىرى، سۈرەتلىرى ۋە ئۈن-سىنلىرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Brief…</source>
        <translation>دوكلات(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A redacted PDF brief of the selected case, verified before it is saved</source>
        <translation>تاللانغان دېلونىڭ يوشۇرۇلغان PDF دوكلاتى، ساقلىنىشتىن بۇرۇن تەستىقلىنىدۇ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People…</source>
        <translation>&amp;كىشىلەر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every person across cases, links between them, and suggested links</source>
        <translation>بارلىق دېلولاردىكى ھەر بىر كىشى، ئۇلار ئارىسىدىكى باغلىنىشلار ۋە تەۋسىيە قىلىنغان باغلىنىشلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;acilities…</source>
        <translation>قاماق ئورۇن&amp;لىرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camps, prisons and detention centres by their names in every script, and the cases naming them</source>
        <translation>لاگېرلار، تۈرمىلەر ۋە قاماقخانىلار ھەممە يېزىقتىكى ناملىرى بىلەن، ۋە ئۇلارنى تىلغا ئالغان دېلولار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed cases…</source>
        <translation>ئۆچۈرۈلگەن دېلولار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store</source>
        <translation>ئامبار(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>ھازىر قۇلۇپلاش(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the store; the passphrase is needed to open it again</source>
        <translation>ئامبارنى تاقاش؛ قايتا ئېچىش ئۈچۈن مەخپىي ئىبارە كېرەك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock when &amp;idle…</source>
        <translation>بىكار تۇرغاندا قۇلۇپلاش(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;passphrase…</source>
        <translation>مەخپىي ئىبارىنى ئۆزگەرتىش(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer</source>
        <translation>بۇ كومپيۇتېردا ئېسىدە تۇتۇش(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check the store</source>
        <translation>ئامبارنى تەكشۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;due…</source>
        <translation>مۆھلەتلەر ۋە سوت مەجلىسلىرى(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings and deadlines across all cases, and overdue deadlines</source>
        <translation>بارلىق دېلولاردىكى سوت مەجلىسلىرى ۋە مۆھلەتلەر، ۋاقتى ئۆتكەنلىرىمۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figures for reports…</source>
        <translation>ھېساباتلار ئۈچۈن سانلىق مەلۇمات(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts of cases, persons and events by violation, facility, region, year or status</source>
        <translation>دېلو، شەخس ۋە ۋەقەلەرنىڭ سانى: ھوقۇق دەپسەندىچىلىكى، قاماق ئورنى، رايون، يىل ياكى ھالەت بويىچە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up…</source>
        <translation>زاپاسلاش(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One encrypted file with every case, evidence file and the audit log</source>
        <translation>بارلىق دېلو، ئىسپات ھۆججىتى ۋە تەپتىش خاتىرىسى بار بىرلا شىفىرلانغان ھۆججەت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>ياردەم(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casefile</source>
        <translation>Casefile ھەققىدە(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved {0}.</source>
        <translation>ساقلاندى: {0}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved the brief to {0}.</source>
        <translation>دوكلات ساقلاندى: {0}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove case</source>
        <translation>دېلونى ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the case list? Its last version is kept and can be brought back from Cases › Removed cases.</source>
        <translation>{0} دېلو تىزىملىكىدىن ئۆچۈرۈلسۇنمۇ؟ ئۇنىڭ ئاخىرقى نەشرى ساقلىنىدۇ، ئۇنى «دېلولار › ئۆچۈرۈلگەن دېلولار» دىن قايتۇرۇۋالغىلى بولىدۇ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed {0}.</source>
        <translation>ئۆچۈرۈلدى: {0}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The passphrase was changed.</source>
        <translation>مەخپىي ئىبارە ئۆزگەرتىلدى.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remember on this computer</source>
        <translation>بۇ كومپيۇتېردا ئېسىدە تۇتۇش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the store… {0}%</source>
        <translation>ئامبار تەكشۈرۈلۈۋاتىدۇ… {0}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store has problems</source>
        <translation>ئامباردا مەسىلە بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is whole</source>
        <translation>ئامبار پۈتۈن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every encrypted page, the database structure, every evidence file&apos;s SHA-256 and the audit log check out.</source>
        <translation>ھەر بىر شىفىرلانغان بەت، ساندان قۇرۇلمىسى، ھەر بىر ئىسپات ھۆججىتىنىڭ SHA-256 قىممىتى ۋە تەپتىش خاتىرىسى تەكشۈرۈلدى: ھەممىسى توغرا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check failed</source>
        <translation>تەكشۈرۈش مەغلۇپ بولدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the store…</source>
        <translation>ئامبار تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backed up and verified: {0}.</source>
        <translation>زاپاسلاندى ۋە تەستىقلاندى: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup was written</source>
        <translation>زاپاس نۇسخا يېزىلمىدى</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="+26"/>
        <source>New Casefile store</source>
        <translation>يېڭى Casefile ئامبىرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>A new, empty folder</source>
        <translation>يېڭى، قۇرۇق قىسقۇچ</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name the store&apos;s audit log records for your changes.</source>
        <translation>ئامبارنىڭ تەپتىش خاتىرىسى ئۆزگەرتىشلىرىڭىز ئۈچۈن خاتىرىلەيدىغان ئىسىم.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create</source>
        <translation>قۇرۇش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>قىسقۇچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>ئىسمىڭىز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>كۈچى</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Strong enough.</source>
        <translation>يېتەرلىك كۈچلۈك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several unrelated words are strong and easy to remember.</source>
        <translation>بىر-بىرىگە مۇناسىۋەتسىز بىر قانچە سۆز ھەم كۈچلۈك، ھەم ئېسىدە تۇتۇش ئاسان.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a new, empty folder for the store.</source>
        <translation>ئامبار ئۈچۈن يېڭى، قۇرۇق قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>ئىككى مەخپىي ئىبارە ئوخشىمايدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the store…</source>
        <translation>ئامبار قۇرۇلۇۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <location filename="../../ui/unlock_widgets.py" line="+98"/>
        <source>Updating this store for this version of Casefile. This is done once; for a large store it takes a few minutes. Keep Casefile open.</source>
        <translation>ئامبار Casefile نىڭ بۇ نەشرىگە ماسلاشتۇرۇلۇۋاتىدۇ. بۇ پەقەت بىر قېتىم قىلىنىدۇ؛ چوڭ ئامبار ئۈچۈن بىر نەچچە مىنۇت ۋاقىت كېتىدۇ. Casefile نى ياپماڭ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuilding the search index for this version: %1 of %2 cases. This is done once; keep Casefile open.</source>
        <translation>بۇ نەشر ئۈچۈن ئىزدەش كۆرسەتكۈچى قايتا قۇرۇلۇۋاتىدۇ (بىر تەرەپ قىلىنغان دېلولار: %1 / %2). بۇ پەقەت بىر قېتىم قىلىنىدۇ؛ Casefile نى ياپماڭ.</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../ui/people_window.py" line="+144"/>
        <location line="+35"/>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Search names in any script: Nurlan, Нұрлан, نۇرلان…</source>
        <translation>ئىسىملارنى ھەر قانداق يېزىقتا ئىزدەش: Nurlan, Нұрлан, نۇرلان…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Suggested links</source>
        <translation>تەۋسىيە قىلىنغان باغلىنىشلار</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Counting…</source>
        <translation>سانىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n كىشى ماس كەلدى</numerusform>
            <numerusform>%n كىشى ماس كەلدى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n كىشى</numerusform>
            <numerusform>%n كىشى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../ui/person_panel.py" line="+80"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>رولى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key in the case</source>
        <translation>دېلودىكى ئاچقۇچى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a case to open it.</source>
        <translation>دېلونى ئېچىش ئۈچۈن ئۇنى قوش چېكىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>باغلىنىشنى ئۈزۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person of this case is not the same real person as the others</source>
        <translation>بۇ دېلودىكى بۇ كىشى باشقىلار بىلەن ئوخشاش ئادەم ئەمەس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>ئېھتىماللىق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>شەخس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>سەۋەبى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link: the same person</source>
        <translation>باغلاش: ئوخشاش ئادەم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>ئوخشاش ئادەم ئەمەس</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Appears in</source>
        <translation>تىلغا ئېلىنغان دېلولار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested links to review</source>
        <translation>تەكشۈرۈشكە تەۋسىيە قىلىنغان باغلىنىشلار</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No photo</source>
        <translation>رەسىم يوق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a person in the list.</source>
        <translation>تىزىملىكتىن بىر كىشىنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At risk in case {0}: protected in every brief and bundle of every case above.</source>
        <translation>دېلو {0} دا خەۋپ ئاستىدا: يۇقىرىدىكى ھەر بىر دېلونىڭ ھەر بىر دوكلاتى ۋە توپلىمىدا قوغدىلىدۇ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for suggested links…</source>
        <translation>تەۋسىيە قىلىنغان باغلىنىشلار ئىزدىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No links are suggested for this person.</source>
        <translation>بۇ كىشى ئۈچۈن باغلىنىش تەۋسىيە قىلىنمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link only when you are sure: briefs then treat them as one.</source>
        <translation>پەقەت جەزملەشتۈرگەندىلا باغلاڭ: ئۇنىڭدىن كېيىن دوكلاتلار ئۇلارنى بىر ئادەم دەپ قارايدۇ.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="-55"/>
        <source>Receive a bundle</source>
        <translation>توپلام قوبۇل قىلىش</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 (in your address book%2).</source>
        <translation>ئەۋەتكۈچى: %1 (ئادرېس دەپتىرىڭىزدە بار%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, fingerprint checked in person</source>
        <translation>، بارماق ئىزى يۈزمۇيۈز تەكشۈرۈلگەن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From an UNKNOWN key that calls itself %1. Accept only if the sender reads you the same fingerprint, by phone or in person:</source>
        <translation>ئۆزىنى %1 دەپ ئاتىغان «نامەلۇم» ئاچقۇچتىن كەلگەن. ئەۋەتكۈچى تېلېفوندا ياكى يۈزمۇيۈز سىزگە ئوخشاش بارماق ئىزىنى ئوقۇپ بەرگەندىلا قوبۇل قىلىڭ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cases: %1</source>
        <translation>دېلولار: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle was received before; receiving it again changes nothing.</source>
        <translation>بۇ توپلام ئىلگىرى قوبۇل قىلىنغان؛ قايتا قوبۇل قىلىش ھېچنېمىنى ئۆزگەرتمەيدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and merge</source>
        <translation>قوبۇل قىلىپ بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation>رەت قىلىش</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+157"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY، YYYY-MM ياكى YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+20"/>
        <source>(missing: {0})</source>
        <translation>(كەم: {0})</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/editor/records_page.py" line="+24"/>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="+32"/>
        <source>Your recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this recovery key down on paper now and keep it apart from this laptop. It opens the store if the passphrase is forgotten. It is shown only this once. Anyone who has it and the store can read every case.</source>
        <translation>بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچىنى ھازىرلا قەغەزگە يېزىۋېلىڭ ۋە بۇ كومپيۇتېردىن ئايرىم ساقلاڭ. مەخپىي ئىبارە ئۇنتۇلۇپ قالسا، ئامبار شۇ ئاچقۇچ بىلەن ئېچىلىدۇ. ئۇ پەقەت مۇشۇ بىر قېتىملا كۆرسىتىلىدۇ. ئۇ ۋە ئامبار قولىغا چۈشكەن ھەر قانداق ئادەم بارلىق دېلولارنى ئوقۇيالايدۇ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have written the recovery key down (or printed it).</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى يېزىۋالدىم (ياكى بېسىپ چىقاردىم).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>بېسىش…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On paper only, not to a file. The page passes through this computer&apos;s print queue.</source>
        <translation>پەقەت قەغەزگە، ھۆججەتكە ئەمەس. بەت بۇ كومپيۇتېرنىڭ بېسىش ئۆچىرىكىدىن ئۆتىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer is set up on this computer.</source>
        <translation>بۇ كومپيۇتېردا پرىنتېر تەڭشەلمىگەن.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="+19"/>
        <source>Remove evidence file</source>
        <translation>ئىسپات ھۆججىتىنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove exhibit {0} ({1}) for good?

Its content is deleted from the store and cannot be recovered, not even from a copy of the store made afterwards. Its number, size and SHA-256 stay in the custody record, with the reason you give here.</source>
        <translation>دەلىل {0} ({1}) مەڭگۈلۈك ئۆچۈرۈلسۇنمۇ؟

ئۇنىڭ مەزمۇنى ئامباردىن ئۆچۈرۈلىدۇ ۋە ئەسلىگە كەلتۈرگىلى بولمايدۇ، ھەتتا كېيىن ئېلىنغان ئامبار نۇسخىسىدىنمۇ. نومۇرى، چوڭلۇقى ۋە SHA-256 قىممىتى سىز بۇ يەردە يازغان سەۋەب بىلەن بىللە قولدىن ئۆتۈش خاتىرىسىدە قالىدۇ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: attached to the wrong case; a duplicate of exhibit 3</source>
        <translation>مەسىلەن: خاتا دېلوغا قىستۇرۇلغان؛ دەلىل 3 نىڭ تەكرارى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove for good</source>
        <translation>مەڭگۈلۈك ئۆچۈرۈش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>سەۋەب</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="+35"/>
        <location line="+44"/>
        <source>Restore a backup</source>
        <translation>زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>A backup becomes a new store in a folder of its own; the store it was made from is not touched. It opens with that store&apos;s passphrase or recovery key.</source>
        <translation>زاپاس نۇسخا ئۆزىگە خاس قىسقۇچتا يېڭى ئامبارغا ئايلىنىدۇ؛ ئۇ ئېلىنغان ئەسلى ئامبارغا تېگىلمەيدۇ. ئۇ شۇ ئامبارنىڭ مەخپىي ئىبارىسى ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىلىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file (.cfbackup)</source>
        <translation>زاپاس نۇسخا ھۆججىتى (.cfbackup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+43"/>
        <source>A new, empty folder</source>
        <translation>يېڭى، قۇرۇق قىسقۇچ</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Restore</source>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup:</source>
        <translation>زاپاس نۇسخا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New store folder:</source>
        <translation>يېڭى ئامبار قىسقۇچى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with:</source>
        <translation>ئېچىش ئۇسۇلى:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Casefile backups (*.cfbackup)</source>
        <translation>Casefile زاپاس نۇسخىلىرى (*.cfbackup)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the backup file and a new folder for the store.</source>
        <translation>زاپاس نۇسخا ھۆججىتىنى ۋە ئامبار ئۈچۈن يېڭى قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation>مەخپىي ئىبارىنى ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring…</source>
        <translation>ئەسلىگە كەلتۈرۈلۈۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/editor/rows.py" line="+50"/>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../ui/unlock_widgets.py" line="-78"/>
        <source>Passphrase</source>
        <translation>مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase</source>
        <translation>مەخپىي ئىبارىڭىز</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="-71"/>
        <source>Send cases</source>
        <translation>دېلو ئەۋەتىش</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>only to send cases without consent to share; goes into the audit log</source>
        <translation>پەقەت ھەمبەھىرلەشكە رازىلىق يوق دېلولارنى ئەۋەتىش ئۈچۈن؛ تەپتىش خاتىرىسىگە يېزىلىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>كىمگە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or recipient</source>
        <translation>ياكى قوبۇل قىلغۇچى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override consent, reason</source>
        <translation>رازىلىقنى چەتلەپ ئۆتۈش سەۋەبى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send…</source>
        <translation>ئەۋەتىش…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/strength_meter.py" line="+22"/>
        <source>Very weak</source>
        <translation>بەك ئاجىز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>ئاجىز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>ئوتتۇراھال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>كۈچلۈك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very strong</source>
        <translation>بەك كۈچلۈك</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message>
        <location filename="../../ui/people_window.py" line="-216"/>
        <source>Casefile compares every person with the persons of other cases and lists the likely pairs, best first. Nothing is linked until you say so.</source>
        <translation>ھەر بىر كىشى باشقا دېلولاردىكى كىشىلەر بىلەن سېلىشتۇرۇلۇپ، ئېھتىماللىقى بار جۈپلەر ئەڭ يۇقىرىسىدىن باشلاپ كۆرسىتىلىدۇ. سىز قارار قىلمىغۇچە ھېچنېمە باغلانمايدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find suggested links</source>
        <translation>تەۋسىيە قىلىنغان باغلىنىشلارنى تېپىش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>ئېھتىماللىق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>شەخس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>كىم بىلەن ئوخشاش ئادەم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>سەۋەبى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link: the same person</source>
        <translation>باغلاش: ئوخشاش ئادەم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>ئوخشاش ئادەم ئەمەس</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Comparing people…</source>
        <translation>كىشىلەر سېلىشتۇرۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing people… {0}%</source>
        <translation>كىشىلەر سېلىشتۇرۇلۇۋاتىدۇ… {0}%</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+28"/>
        <source>%n suggested link(s) to review</source>
        <translation>
            <numerusform>تەكشۈرۈشكە %n باغلىنىش تەۋسىيە قىلىندى</numerusform>
            <numerusform>تەكشۈرۈشكە %n باغلىنىش تەۋسىيە قىلىندى</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="+97"/>
        <source>Another Casefile is writing to this store; waiting up to {0} seconds…</source>
        <translation>باشقا بىر Casefile بۇ ئامبارغا يېزىۋاتىدۇ؛ ئەڭ كۆپ {0} سېكۇنت كۈتۈلىدۇ…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="+28"/>
        <source>Open a Casefile store</source>
        <translation>Casefile ئامبىرىنى ئېچىش</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>The folder of the store</source>
        <translation>ئامبارنىڭ قىسقۇچى</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember on this computer (its keyring opens the store at start-up)</source>
        <translation>بۇ كومپيۇتېردا ئېسىدە تۇتۇش (ئۇنىڭ ئاچقۇچ ساندۇقى قوزغالغاندا ئامبارنى ئاچىدۇ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure keyring.</source>
        <translation>بۇ كومپيۇتېردا بىخەتەر ئاچقۇچ ساندۇقى يوق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New store…</source>
        <translation>يېڭى ئامبار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store</source>
        <translation>ئامبار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with</source>
        <translation>ئېچىش ئۇسۇلى</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the folder of the store.</source>
        <translation>ئامبارنىڭ قىسقۇچىنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation>مەخپىي ئىبارە ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Opening…</source>
        <translation>ئېچىلىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+5"/>
        <source>{0}: no such file.</source>
        <translation>{0}: بۇنداق ھۆججەت يوق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: permission denied.</source>
        <translation>{0}: ئىجازەت يوق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Nothing was changed.</source>
        <translation>{0}. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Casefile failed unexpectedly ({0}). Nothing was changed by the failed step. Please report what you did, without any case data.</source>
        <translation>Casefile ئويلىمىغان خاتالىققا يولۇقتى ({0}). مەغلۇپ بولغان قەدەم ھېچنېمىنى ئۆزگەرتمىدى. نېمە قىلغانلىقىڭىزنى مەلۇم قىلىڭ، لېكىن ھېچقانداق دېلو ئۇچۇرىنى قوشماڭ.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="+25"/>
        <source>There is no Casefile store at {path}.</source>
        <translation>{path} دا Casefile ئامبىرى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Casefile store.</source>
        <translation>{path} Casefile ئامبىرى ئەمەس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Casefile store: {file} is empty. Nothing was changed.</source>
        <translation>{path} Casefile ئامبىرى ئەمەس: {file} ھۆججىتى قۇرۇق. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not empty. Choose a new folder for the store.</source>
        <translation>{path} ئاللىبۇرۇن بار ۋە قۇرۇق ئەمەس. ئامبار ئۈچۈن يېڭى قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} belongs to another user, so Casefile cannot make it private. Choose a folder of your own for the store.</source>
        <translation>{path} باشقا ئىشلەتكۈچىگە تەۋە، شۇڭا Casefile ئۇنى مەخپىي قىلالمايدۇ. ئامبار ئۈچۈن ئۆزىڭىزنىڭ قىسقۇچىنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be decrypted: the file is damaged, or the key file belongs to another store. Nothing was changed; restore the store from a backup.</source>
        <translation>{file} ھۆججىتىنى شىفىرلاشتىن يېشىشكە بولمىدى: ھۆججەت بۇزۇلغان ياكى ئاچقۇچ ھۆججىتى باشقا ئامبارغا تەۋە. ھېچنېمە ئۆزگەرمىدى؛ ئامبارنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store was made by a newer version of Casefile. Update Casefile to open it.</source>
        <translation>بۇ ئامبار Casefile نىڭ يېڭىراق نەشرىدە قۇرۇلغان. ئۇنى ئېچىش ئۈچۈن Casefile نى يېڭىلاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Casefile is writing to this store. Nothing was changed; try again when it has finished.</source>
        <translation>بۇ ئامبارغا ھازىر باشقا بىر Casefile يېزىۋاتىدۇ. ھېچنېمە ئۆزگەرمىدى؛ ئۇ تۈگىگەندىن كېيىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {file} is missing from {folder}. Restore it from your backup of the store; without it the store cannot be opened.</source>
        <translation>{folder} قىسقۇچىدا {file} ئاچقۇچ ھۆججىتى يوق. ئۇنى ئامبارنىڭ زاپاس نۇسخىسىدىن ئەسلىگە كەلتۈرۈڭ؛ ئۇ بولمىسا ئامبارنى ئاچقىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file {file} in {folder} is damaged or has been tampered with. Restore it from your backup.</source>
        <translation>{folder} قىسقۇچىدىكى {file} ئاچقۇچ ھۆججىتى بۇزۇلغان ياكى ئۆزگەرتىلگەن. ئۇنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {file} is damaged or has been tampered with: its passphrase settings are outside the bounds Casefile accepts. Restore it from your backup.</source>
        <translation>{file} ئاچقۇچ ھۆججىتى بۇزۇلغان ياكى ئۆزگەرتىلگەن: ئۇنىڭ مەخپىي ئىبارە تەڭشەكلىرى Casefile قوبۇل قىلىدىغان دائىرىدىن ھالقىپ كەتكەن. ئۇنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file has no passphrase entry. Use the recovery key.</source>
        <translation>ئاچقۇچ ھۆججىتىدە مەخپىي ئىبارە خاتىرىسى يوق. ئەسلىگە كەلتۈرۈش ئاچقۇچىنى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file has no recovery entry.</source>
        <translation>ئاچقۇچ ھۆججىتىدە ئەسلىگە كەلتۈرۈش ئاچقۇچىنىڭ خاتىرىسى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file in {path} belongs to another store.</source>
        <translation>{path} دىكى ئاچقۇچ ھۆججىتى باشقا ئامبارغا تەۋە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file does not match the open store.</source>
        <translation>ئاچقۇچ ھۆججىتى ئوچۇق ئامبارغا ماس كەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong.</source>
        <translation>مەخپىي ئىبارە خاتا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This passphrase is too weak. Use at least 10 characters; several unrelated words are easiest to remember.</source>
        <translation>بۇ مەخپىي ئىبارە بەك ئاجىز. كەم دېگەندە 10 ھەرپ ئىشلىتىڭ؛ بىر-بىرىگە مۇناسىۋەتسىز بىرقانچە سۆزنى ئەستە تۇتۇش ئەڭ ئاسان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key is wrong.</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى خاتا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a recovery key: it has 32 letters and digits in eight groups of four.</source>
        <translation>بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچى ئەمەس: ئۇنىڭدا تۆتتىن سەككىز گۇرۇپپىغا بۆلۈنگەن 32 ھەرپ ۋە رەقەم بولىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key remembered on this device does not open this store.</source>
        <translation>بۇ ئۈسكۈنىدە ساقلانغان ئاچقۇچ بۇ ئامبارنى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure keyring, so the store cannot be remembered here.</source>
        <translation>بۇ كومپيۇتېردا بىخەتەر ئاچقۇچ ساقلىغۇچ يوق، شۇڭا ئامبارنى بۇ يەردە ئەستە ساقلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>توختىتىلدى. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That version is not in this store.</source>
        <translation>بۇ نەشرى ئامباردا يوق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a complete Casefile backup: it is damaged, truncated or altered. Nothing was written.</source>
        <translation>{path} تولۇق Casefile زاپاس نۇسخىسى ئەمەس: ئۇ بۇزۇلغان، كېسىلگەن ياكى ئۆزگەرتىلگەن. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy of the database did not check out, so no backup was written. Run Check the store, then try again.</source>
        <translation>ساندان كۆچۈرمىسى تەكشۈرۈشتىن ئۆتمىدى، شۇڭا زاپاس نۇسخا يېزىلمىدى. «ئامبارنى تەكشۈرۈش» نى ئىجرا قىلىپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup cannot be written inside the store&apos;s own folder. Choose another place.</source>
        <translation>زاپاس نۇسخىنى ئامبارنىڭ ئۆز قىسقۇچىغا يازغىلى بولمايدۇ. باشقا ئورۇن تاللاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} قىسقۇچى مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not a Casefile backup. Choose another name.</source>
        <translation>{path} ئاللىبۇرۇن بار ۋە Casefile زاپاس نۇسخىسى ئەمەس. باشقا نام تاللاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space in {folder} for a backup of this store.</source>
        <translation>{folder} دا بۇ ئامبارنىڭ زاپاس نۇسخىسى ئۈچۈن بوش ئورۇن يېتەرلىك ئەمەس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup file at {path}.</source>
        <translation>{path} دا زاپاس نۇسخا ھۆججىتى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file beside the store belongs to another store. No backup was written.</source>
        <translation>ئامبار يېنىدىكى ئاچقۇچ ھۆججىتى باشقا ئامبارغا تەۋە. زاپاس نۇسخا يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was made by a newer version of Casefile (backup format {version}). Update Casefile to restore it. Nothing was written.</source>
        <translation>{path} Casefile نىڭ يېڭىراق نەشرىدە قۇرۇلغان (زاپاس نۇسخا فورماتى {version}). ئۇنى ئەسلىگە كەلتۈرۈش ئۈچۈن Casefile نى يېڭىلاڭ. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} already exists and is not empty. Choose a new folder for the restored store.</source>
        <translation>{folder} ئاللىبۇرۇن بار ۋە قۇرۇق ئەمەس. ئەسلىگە كەلتۈرۈلگەن ئامبار ئۈچۈن يېڭى قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space in {folder} to restore this backup.</source>
        <translation>{folder} دا بۇ زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈش ئۈچۈن بوش ئورۇن يېتەرلىك ئەمەس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase or the recovery key of the backed-up store is needed.</source>
        <translation>زاپاس نۇسخىسى ئېلىنغان ئامبارنىڭ مەخپىي ئىبارىسى ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى كېرەك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no case {ref} in this store.</source>
        <translation>بۇ ئامباردا {ref} دېلوسى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference {ref} is already used by another case in this store.</source>
        <translation>{ref} نومۇرى بۇ ئامباردىكى باشقا بىر دېلوغا ئىشلىتىلگەن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {ref} has no person, account or event with the id {id}.</source>
        <translation>{ref} دېلوسىدا كىملىكى {id} بولغان شەخس، بايان ياكى ۋەقە يوق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That person is in no case of this store.</source>
        <translation>بۇ شەخس ئامباردىكى ھېچقايسى دېلودا يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a person as CASE/KEY, a case reference and the person&apos;s key within it, not &apos;{name}&apos;.</source>
        <translation>شەخسنى دېلو/ئاچقۇچ شەكلىدە كۆرسىتىڭ — دېلو نومۇرى ۋە ئۇنىڭدىكى شەخسنىڭ ئاچقۇچى، «{name}» ئەمەس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {ref} has no person with the key {key}.</source>
        <translation>{ref} دېلوسىدا ئاچقۇچى {key} بولغان شەخس يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be linked to itself.</source>
        <translation>شەخسنى ئۆزى بىلەن باغلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} and {b} would be one person twice in case {ref}, so they cannot be linked.</source>
        <translation>{a} بىلەن {b} {ref} دېلوسىدا ئىككى قېتىم تىلغا ئېلىنغان بىر شەخس بولۇپ قالىدۇ، شۇڭا ئۇلارنى باغلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} is not linked to anyone.</source>
        <translation>{person} ھېچكىم بىلەن باغلانمىغان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be told apart from itself.</source>
        <translation>شەخسنى ئۆزىدىن ئايرىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} and {b} are linked; unlink one of them first.</source>
        <translation>{a} بىلەن {b} باغلانغان؛ ئاۋۋال ئۇلارنىڭ بىرىنى ئاجرىتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {exhibit} is not recorded for a person, so it cannot be a person&apos;s photo.</source>
        <translation>{exhibit}-دەلىل بىرەر شەخسكە خاتىرىلەنمىگەن، شۇڭا ئۇ شەخسنىڭ سۈرىتى بولالمايدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facility was not saved: it is not valid ({problem}).</source>
        <translation>قاماق ئورنى ساقلانمىدى: ئۇچۇرى ئىناۋەتسىز ({problem}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such facility in this store.</source>
        <translation>بۇ ئامباردا بۇنداق قاماق ئورنى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events point to this facility ({count}); unlink them before removing it.</source>
        <translation>بۇ قاماق ئورنىغا ۋەقەلەر باغلانغان ({count})؛ ئۇنى ئۆچۈرۈشتىن بۇرۇن ئۇلارنى ئاجرىتىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case {ref} has no such event.</source>
        <translation>{ref} دېلوسىدا بۇنداق ۋەقە يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event points to no facility; there is nothing to unlink.</source>
        <translation>بۇ ۋەقە ھېچقانداق قاماق ئورنىغا باغلانمىغان؛ ئاجرىتىدىغان نەرسە يوق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no evidence file {id} in this store.</source>
        <translation>بۇ ئامباردا {id} ئىسپات ھۆججىتى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such evidence file in this store.</source>
        <translation>بۇ ئامباردا بۇنداق ئىسپات ھۆججىتى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no evidence files in this store.</source>
        <translation>بۇ ئامباردا ئىسپات ھۆججەتلىرى يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {part} of this file is missing from the store.</source>
        <translation>بۇ ھۆججەتنىڭ {part}-قىسمى ئامباردا يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough free disk space to attach a file of {size_bytes}: it needs about {needed_bytes} while it is being added, and {free_bytes} is free. Nothing was added.</source>
        <translation>{size_bytes} چوڭلۇقتىكى ھۆججەتنى قوشۇشقا دىسكىدا بوش ئورۇن يېتىشمەيدۇ: قوشۇش جەريانىدا تەخمىنەن {needed_bytes} كېرەك، بوش ئورۇن {free_bytes}. ھېچنېمە قوشۇلمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{date}&apos; is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«{date}» چېسلا ئەمەس؛ ئۇنى YYYY، YYYY-MM ياكى YYYY-MM-DD شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a file. Attach files one at a time.</source>
        <translation>{path} ھۆججەت ئەمەس. ھۆججەتلەرنى بىر-بىرلەپ قوشۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content of {file} does not match the SHA-256 and size it came with: it was altered or damaged on the way. Nothing was added.</source>
        <translation>{file} ھۆججىتىنىڭ مەزمۇنى ئۇنىڭ بىلەن كەلگەن SHA-256 ۋە چوڭلۇققا ماس كەلمەيدۇ: ئۇ يولدا ئۆزگەرتىلگەن ياكى بۇزۇلغان. ھېچنېمە قوشۇلمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is {size_bytes}, too large to show here.</source>
        <translation>بۇ ھۆججەتنىڭ چوڭلۇقى {size_bytes}، بۇ يەردە كۆرسىتىشكە بەك چوڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} no longer has the SHA-256 recorded at intake; it was not exported.</source>
        <translation>{file} ھۆججىتىنىڭ SHA-256 قىممىتى قوبۇل قىلىنغاندا خاتىرىلەنگىنىگە ئەمدى ماس كەلمەيدۇ؛ ئۇ چىقىرىلمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} changed while it was being attached. Nothing was added; attach it again once nothing is writing to it.</source>
        <translation>{file} ھۆججىتى قوشۇلۇۋاتقاندا ئۆزگەردى. ھېچنېمە قوشۇلمىدى؛ ئۇنىڭغا ھېچنېمە يېزىلمايۋاتقاندا قايتا قوشۇڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence file {id} was removed from this store; it is not added again.</source>
        <translation>{id} ئىسپات ھۆججىتى بۇ ئامباردىن ئۆچۈرۈلگەن؛ ئۇ قايتا قوشۇلمايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence file {id} is already in this store with other content or in another case.</source>
        <translation>{id} ئىسپات ھۆججىتى بۇ ئامباردا باشقا مەزمۇن بىلەن ياكى باشقا دېلودا ئاللىبۇرۇن بار.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact needs a name.</source>
        <translation>ئالاقىداشنىڭ ئىسمى بولۇشى كېرەك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a contact named {name}. Choose another name.</source>
        <translation>{name} ناملىق ئالاقىداش ئاللىبۇرۇن بار. باشقا نام تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That signing key is already in the address book as {name}.</source>
        <translation>بۇ ئىمزا ئاچقۇچى ئادرېس دەپتىرىدە {name} نامىدا ئاللىبۇرۇن بار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no contact named {name}.</source>
        <translation>{name} ناملىق ئالاقىداش يوق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spec} is neither an age recipient (age1…) nor a name in the address book.</source>
        <translation>{spec} نە age قوبۇل قىلغۇچىسى (age1…) ئەمەس، نە ئادرېس دەپتىرىدىكى نام ئەمەس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an age recipient (they start with age1).</source>
        <translation>بۇ age قوبۇل قىلغۇچىسى ئەمەس (ئۇلار age1 بىلەن باشلىنىدۇ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a signing key. It looks like ed25519:… (44 characters after the colon).</source>
        <translation>بۇ ئىمزا ئاچقۇچى ئەمەس. ئۇ ed25519:… شەكلىدە بولىدۇ (قوش چېكىتتىن كېيىن 44 ھەرپ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at least one case to send.</source>
        <translation>ئەۋەتىش ئۈچۈن كەم دېگەندە بىر دېلونى كۆرسىتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Name at least one recipient.</source>
        <translation>كەم دېگەندە بىر قوبۇل قىلغۇچىنى كۆرسىتىڭ.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No consent to share with partners for {cases}. Nothing was sent. Record the consent in the case, or override with a reason (it goes into the audit log).</source>
        <translation>{cases} ئۈچۈن ھەمكار تەشكىلاتلار بىلەن ھەمبەھىرلەشكە رازىلىق يوق. ھېچنېمە ئەۋەتىلمىدى. رازىلىقنى دېلوغا خاتىرىلەڭ ياكى سەۋەبىنى كۆرسىتىپ تەكشۈرۈشتىن ئۆتۈپ كېتىڭ (سەۋەب تەپتىش خاتىرىسىگە يېزىلىدۇ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That conflict has already been resolved.</source>
        <translation>بۇ توقۇنۇش ئاللىبۇرۇن ھەل قىلىنغان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file of this bundle was lost before it could be added. Nothing was changed.</source>
        <translation>بۇ توپلامنىڭ بىر ھۆججىتى قوشۇلۇشتىن بۇرۇن يوقالدى. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle carries evidence files, which this version of Casefile cannot store yet. Nothing was changed.</source>
        <translation>بۇ توپلامدا ئىسپات ھۆججەتلىرى بار، Casefile نىڭ بۇ نەشرى ئۇلارنى ئامباردا تېخى ساقلىيالمايدۇ. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle file changed while it was being received. Nothing was changed; receive it again.</source>
        <translation>توپلام ھۆججىتى قوبۇل قىلىنىۋاتقاندا ئۆزگەردى. ھېچنېمە ئۆزگەرمىدى؛ ئۇنى قايتا قوبۇل قىلىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle&apos;s case {ref} uses a reference that another case in this store already has. Rename one of them and receive again. Nothing was changed.</source>
        <translation>توپلامدىكى {ref} دېلوسىنىڭ نومۇرى بۇ ئامباردىكى باشقا بىر دېلوغا ئىشلىتىلگەن. ئۇلارنىڭ بىرىنىڭ نامىنى ئۆزگەرتىپ، توپلامنى قايتا قوبۇل قىلىڭ. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough free disk space for this bundle&apos;s evidence files: they need about {needed_bytes} and {free_bytes} is free. The bundle was refused; nothing was changed.</source>
        <translation>بۇ توپلامدىكى ئىسپات ھۆججەتلىرىگە دىسكىدا بوش ئورۇن يېتىشمەيدۇ: تەخمىنەن {needed_bytes} كېرەك، بوش ئورۇن {free_bytes}. توپلام رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was made by another version of Casefile. Update Casefile, or ask the sender to make it with the version you have. It was refused; nothing was changed.</source>
        <translation>بۇ توپلام Casefile نىڭ باشقا نەشرىدە ياسالغان. Casefile نى يېڭىلاڭ ياكى ئەۋەتكۈچىدىن توپلامنى سىزدىكى نەشردە ياساپ بېرىشنى سوراڭ. توپلام رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store&apos;s own key for opening bundles is damaged, so no bundle can be received. Restore the store from a backup. Nothing was changed.</source>
        <translation>بۇ ئامبارنىڭ توپلام ئاچىدىغان ئۆز ئاچقۇچى بۇزۇلغان، شۇڭا توپلام قوبۇل قىلغىلى بولمايدۇ. ئامبارنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was signed by a key that is not in your address book: {fingerprint} (it calls itself &apos;{name}&apos;). Compare the fingerprint with the sender, by phone or in person, before you accept it. Nothing was changed.</source>
        <translation>بۇ توپلام ئادرېس دەپتىرىڭىزدە يوق ئاچقۇچ بىلەن ئىمزالانغان: {fingerprint} (ئەۋەتكۈچى ئۆزىنى «{name}» دەپ ئاتايدۇ). قوبۇل قىلىشتىن بۇرۇن بارماق ئىزىنى ئەۋەتكۈچى بىلەن تېلېفوندا ياكى يۈزمۇيۈز سېلىشتۇرۇڭ. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cases in this bundle are not valid ({problem}). It was refused; nothing was changed.</source>
        <translation>بۇ توپلامدىكى دېلولار ئىناۋەتسىز ({problem}). توپلام رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was not addressed to you. It was refused; nothing was changed.</source>
        <translation>بۇ توپلام سىزگە ئەۋەتىلمىگەن. ئۇ رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle is not signed. It was refused: its sender cannot be known.</source>
        <translation>بۇ توپلام ئىمزالانمىغان. ئۇ رەت قىلىندى: ئەۋەتكۈچىنى بىلگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle&apos;s signature does not match its content: it was altered or forged. It was refused.</source>
        <translation>بۇ توپلامنىڭ ئىمزاسى مەزمۇنىغا ماس كەلمەيدۇ: ئۇ ئۆزگەرتىلگەن ياكى ساختا. ئۇ رەت قىلىندى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You refused this bundle. Nothing was changed.</source>
        <translation>سىز بۇ توپلامنى رەت قىلدىڭىز. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases in this bundle are not valid or could not be merged. It was refused; nothing was changed.</source>
        <translation>بۇ توپلامدىكى دېلولار ئىناۋەتسىز ياكى بىرلەشتۈرگىلى بولمايدۇ. ئۇ رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle is damaged: cut off, altered or unreadable. It was refused; nothing was changed.</source>
        <translation>بۇ توپلام بۇزۇلغان: كېسىلگەن، ئۆزگەرتىلگەن ياكى ئوقۇغىلى بولمايدۇ. ئۇ رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a Casefile bundle. It was refused.</source>
        <translation>بۇ ھۆججەت Casefile توپلىمى ئەمەس. ئۇ رەت قىلىندى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle holds something a bundle may not hold. It was refused; nothing was changed.</source>
        <translation>بۇ توپلامدا توپلامدا بولماسلىقى كېرەك بولغان نەرسە بار. ئۇ رەت قىلىندى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recipient&apos;s key or a signing key is not valid.</source>
        <translation>قوبۇل قىلغۇچىنىڭ ئاچقۇچى ياكى ئىمزا ئاچقۇچى ئىناۋەتسىز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An evidence file no longer matches its recorded size and SHA-256. No bundle was written.</source>
        <translation>بىر ئىسپات ھۆججىتى خاتىرىلەنگەن چوڭلۇق ۋە SHA-256 قىممىتىگە ئەمدى ماس كەلمەيدۇ. توپلام يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle could not be written. Nothing was sent.</source>
        <translation>توپلامنى يازغىلى بولمىدى. ھېچنېمە ئەۋەتىلمىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the PDF took longer than {seconds} seconds; Casefile stopped and cannot say it is free of leaks.</source>
        <translation>PDF نى تەكشۈرۈش رۇخسەت قىلىنغان ۋاقىتتىن ئېشىپ كەتتى (سېكۇنت سانى: {seconds})؛ Casefile ئۇنى توختاتتى، ئۇچۇر ئاشكارىلانمىغانلىقىغا كاپالەتلىك قىلالمايدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF&apos;s streams decompress to more than {limit_bytes} in all (it may be a compression bomb); Casefile cannot check it.</source>
        <translation>PDF ئېقىملىرى يېيىلغاندا ئومۇمىي چوڭلۇقى بۇ چەكتىن ئېشىپ كېتىدۇ: {limit_bytes} (بۇ «پىرىسلاش بومبىسى» بولۇشى مۇمكىن)؛ Casefile بۇ ھۆججەتنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stream in the PDF decompresses to more than {limit_bytes} (it may be a compression bomb); Casefile cannot check it.</source>
        <translation>PDF دىكى بىر ئېقىم يېيىلغاندا بۇ چەكتىن ئېشىپ كېتىدۇ: {limit_bytes} (بۇ «پىرىسلاش بومبىسى» بولۇشى مۇمكىن)؛ Casefile بۇ ھۆججەتنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF has more than {count} objects; Casefile cannot check it.</source>
        <translation>PDF دىكى ئوبيېكتلار بەك كۆپ (چېكى: {count})؛ Casefile بۇ ھۆججەتنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is damaged or uses features the text extractors cannot read; Casefile cannot check it.</source>
        <translation>PDF بۇزۇلغان ياكى تېكىست ئاجرىتىش قوراللىرى ئوقۇيالمايدىغان ئىقتىدارلارنى ئىشلىتىدۇ؛ Casefile بۇ ھۆججەتنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is larger than {limit_bytes}; Casefile cannot check it.</source>
        <translation>PDF رۇخسەت قىلىنغان چوڭلۇقتىن چوڭ (چېكى: {limit_bytes})؛ Casefile بۇ ھۆججەتنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PDF; Casefile cannot check it.</source>
        <translation>بۇ ھۆججەت PDF ئەمەس؛ Casefile ئۇنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is password-protected (encrypted); Casefile cannot check it.</source>
        <translation>PDF پارول بىلەن قوغدالغان (شىفىرلانغان)؛ Casefile بۇ ھۆججەتنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF has more than {count} revisions; Casefile cannot check it.</source>
        <translation>PDF نىڭ تەھرىرلىرى بەك كۆپ (چېكى: {count})؛ Casefile بۇ ھۆججەتنى تەكشۈرەلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Casefile refused this step. Nothing was changed. The reason, in English:</source>
        <translation>Casefile بۇ قەدەمنى ئىجرا قىلىشنى رەت قىلدى. ھېچنېمە ئۆزگەرمىدى. سەۋەبى (ئىنگلىزچە):</translation>
    </message>
</context>
<context>
    <name>guards</name>
    <message>
        <location filename="../../ui/guards.py" line="+26"/>
        <source>Lock when idle</source>
        <translation>بىكار تۇرغاندا قۇلۇپلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the store after this many minutes without a key press or mouse movement:</source>
        <translation>كۇنۇپكا بېسىلمىسا ياكى چاشقىنەك مىدىرلىمىسا، مۇشۇنچە مىنۇتتىن كېيىن ئامبارنى قۇلۇپلاش:</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>required field is missing</source>
        <translation>زۆرۈر بۆلەك تولدۇرۇلمىغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field</source>
        <translation>نامەلۇم بۆلەك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a whole number</source>
        <translation>پۈتۈن سان ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a string</source>
        <translation>تېكىست ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not true or false</source>
        <translation>«ھەئە» مۇ ئەمەس، «ياق» مۇ ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a list</source>
        <translation>تىزىملىك ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>ئوبيېكت ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a UUID</source>
        <translation>UUID ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«{value}» بۇلارنىڭ بىرى ئەمەس: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a two-letter country code (ISO 3166-1, e.g. CN, KZ)</source>
        <translation>ئىككى ھەرپلىك دۆلەت كودى ئەمەس (ISO 3166-1، مەسىلەن CN، KZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>قۇرۇق بولماسلىقى كېرەك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY، YYYY-MM ياكى YYYY-MM-DD شەكلىدىكى چېسلا ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month must be 01 to 12</source>
        <translation>ئاي 01 دىن 12 گىچە بولۇشى كېرەك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such day</source>
        <translation>بۇنداق كۈن يوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year</source>
        <translation>يىل ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date and the year of birth disagree</source>
        <translation>تۇغۇلغان چېسلا بىلەن تۇغۇلغان يىل ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end must be after start</source>
        <translation>ئاخىرلىشىشى باشلىنىشىدىن كېيىن بولۇشى كېرەك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end is before start</source>
        <translation>ئاخىرلىشىشى باشلىنىشىدىن بۇرۇن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no person with key &apos;{key}&apos;</source>
        <translation>ئاچقۇچى «{key}» بولغان شەخس يوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account with key &apos;{key}&apos;</source>
        <translation>ئاچقۇچى «{key}» بولغان بايان يوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source with key &apos;{key}&apos;</source>
        <translation>ئاچقۇچى «{key}» بولغان مەنبە يوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is used twice</source>
        <translation>«{key}» ئىككى قېتىم ئىشلىتىلگەن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names a person twice</source>
        <translation>بىر شەخسنى ئىككى قېتىم تىلغا ئالىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name is given twice</source>
        <translation>ئوخشاش ئىسىم ئىككى قېتىم بېرىلگەن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same id is used by two records</source>
        <translation>ئوخشاش كىملىك ئۇچۇرى ئىككى خاتىرىدە ئىشلىتىلگەن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude go together</source>
        <translation>كەڭلىك بىلەن ئۇزۇنلۇق بىللە كۆرسىتىلىدۇ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a version hash (64 lowercase hexadecimal digits)</source>
        <translation>نەشر خېشى ئەمەس (كىچىك ھەرپلىك 64 ئون ئالتىلىك رەقەم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date and time (ISO 8601, e.g. 2026-03-01T10:00:00+00:00)</source>
        <translation>چېسلا ۋە ۋاقىت ئەمەس (ISO 8601، مەسىلەن 2026-03-01T10:00:00+00:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no time zone (e.g. +00:00)</source>
        <translation>ۋاقىت رايونى كۆرسىتىلمىگەن (مەسىلەن، +00:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not between {low} and {high}</source>
        <translation>رۇخسەت قىلىنغان دائىرىدە ئەمەس (ئەڭ تۆۋىنى: {low}، ئەڭ يۇقىرىسى: {high})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two names in {script} (make one of them an alias)</source>
        <translation>بىر يېزىقتا ئىككى نام بار ({script})؛ ئۇلارنىڭ بىرىنى باشقا نام قىلىڭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the text ({n} characters)</source>
        <translation>تېكىستنىڭ ئاخىرىدىن كېيىن (تېكىستتىكى ھەرپ سانى: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is written in {script} letters, not {was}; stored as {script}</source>
        <translation>ئىسىمنىڭ يېزىقى {was} ئەمەس، {script}؛ يېزىقى «{script}» قىلىپ ساقلاندى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a number</source>
        <translation>سان ئەمەس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be {n} or more</source>
        <translation>كەم دېگەندە {n} بولۇشى كېرەك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: {choices}</source>
        <translation>بۇلارنىڭ بىرى بولۇشى كېرەك: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many items: {m}; at most {n} are allowed</source>
        <translation>تۈرلەر بەك كۆپ: {m} (ئەڭ كۆپ بولسا: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few items: {m}; at least {n} are needed</source>
        <translation>تۈرلەر بەك ئاز: {m} (كەم دېگەندە: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long: at most {n} characters are allowed</source>
        <translation>تېكىست بەك ئۇزۇن (ئەڭ كۆپ بولسا {n} ھەرپ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long: {m}; at most {n} are allowed</source>
        <translation>قىممىتى بەك ئۇزۇن: {m} (ئەڭ كۆپ بولسا: {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested too deep (more than {n} levels)</source>
        <translation>بەك چوڭقۇر ئىچكىرىلەپ كەتكەن (قاتلام چېكى: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a field name that is not valid</source>
        <translation>ئىناۋەتسىز بۆلەك نامى بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text is too long: {n} characters, the limit is {m}</source>
        <translation>تېكىست بەك ئۇزۇن (ھەرپ سانى: {n}، چېكى: {m})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains a lone surrogate (\u escape), which is not text</source>
        <translation>يالغۇز سۇرروگات بار (\u بىلەن يېزىلغان)، بۇ تېكىست ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a &apos;{value}&apos; document</source>
        <translation>«{value}» فورماتىدىكى ھۆججەت ئەمەس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version {value} is not supported (this application reads version {n})</source>
        <translation>{value} نەشرى قوللانمايدۇ (بۇ پروگرامما ئوقۇيدىغان نەشر: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cases are given twice in the document</source>
        <translation>ھۆججەتتە دېلولار ئىككى قېتىم بېرىلگەن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many cases in one document (the limit is {n})</source>
        <translation>بىر ھۆججەتتىكى دېلولار بەك كۆپ (چېكى: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this case is larger than the limit of {size} for one case</source>
        <translation>بۇ دېلو بىر دېلوغا رۇخسەت قىلىنغان چوڭلۇقتىن چوڭ (چېكى: {size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is also the reference of {other}</source>
        <translation>«{value}» نومۇرى {other} دېلوسىدىمۇ بار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is already the reference of another case in this store (with another id)</source>
        <translation>«{value}» نومۇرى بۇ ئامباردىكى باشقا بىر دېلوغا ئىشلىتىلگەن (كىملىك نومۇرى باشقا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no person of the document or of this store has this id</source>
        <translation>ھۆججەتتىمۇ، بۇ ئامباردىمۇ بۇ كىملىك نومۇرى بار شەخس يوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no facility of the document or of this store has this id</source>
        <translation>ھۆججەتتىمۇ، بۇ ئامباردىمۇ بۇ كىملىك نومۇرى بار قاماق ئورنى يوق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document is not a JSON object</source>
        <translation>ھۆججەت JSON ئوبيېكتى ئەمەس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document is not valid UTF-8 JSON</source>
        <translation>ھۆججەت UTF-8 كودلىنىشىدىكى توغرا JSON ئەمەس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is not valid UTF-8 JSON (line {line}, column {column})</source>
        <translation>ھۆججەت UTF-8 كودلىنىشىدىكى توغرا JSON ئەمەس (قۇر: {line}، ئىستون: {column})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not valid UTF-8 JSON (near byte {n})</source>
        <translation>بۇ ھۆججەت UTF-8 كودلىنىشىدىكى توغرا JSON ئەمەس: {file} (خاتالىق تەخمىنەن بۇ بايتتا: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is larger than the limit of {size}</source>
        <translation>ھۆججەت رۇخسەت قىلىنغان چوڭلۇقتىن چوڭ (چېكى: {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than the limit of {size} for a document</source>
        <translation>بۇ ھۆججەت بىر ھۆججەتكە رۇخسەت قىلىنغان چوڭلۇقتىن چوڭ: {file} (چېكى: {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the fields of the document other than the cases are larger than the limit of {size}</source>
        <translation>ھۆججەتنىڭ دېلولاردىن باشقا بۆلەكلىرى رۇخسەت قىلىنغان چوڭلۇقتىن چوڭ (چېكى: {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is nested too deep (more than {n} levels)</source>
        <translation>ھۆججەت بەك چوڭقۇر ئىچكىرىلەپ كەتكەن (قاتلام چېكى: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document has a field name that is not valid</source>
        <translation>ھۆججەتتە ئىناۋەتسىز بۆلەك نامى بار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case {ref}, event {key}: no facility of the document or of this store has the id of its place</source>
        <translation>دېلو {ref}، ۋەقە {key}: ۋەقە ئورنىدا كۆرسىتىلگەن كىملىك نومۇرى بار قاماق ئورنى ھۆججەتتىمۇ، بۇ ئامباردىمۇ يوق</translation>
    </message>
</context>
<context>
    <name>swap</name>
    <message>
        <location filename="../../ui/swap_notice.py" line="+16"/>
        <source>Swap is not encrypted</source>
        <translation>ئالماشتۇرۇش بۆلىكى (swap) شىفىرلانمىغان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s swap ({0}) is not encrypted. The system may write what Casefile holds in memory there, names and the store&apos;s key included, and it can be read from the disk later, for example when the laptop is searched.

To fix it, keep swap on an encrypted volume (as with full-disk encryption), give it a random key in /etc/crypttab (cryptswap), or use zram instead of swap on disk. This is said only once.</source>
        <translation>بۇ كومپيۇتېرنىڭ ئالماشتۇرۇش بۆلىكى (swap، {0}) شىفىرلانمىغان. سىستېما Casefile ئەستە ساقلىغۇچتا تۇتۇۋاتقان مەزمۇنلارنى، جۈملىدىن ئىسىملار ۋە ئامبارنىڭ ئاچقۇچىنى ئۇ يەرگە يېزىپ قويۇشى مۇمكىن، كېيىن ئۇلارنى دىسكىدىن ئوقۇۋالغىلى بولىدۇ، مەسىلەن، نوتبۇك كومپيۇتېر تەكشۈرۈلگەندە.

بۇنى تۈزىتىش ئۈچۈن ئالماشتۇرۇش بۆلىكىنى شىفىرلانغان دىسكا رايونىغا قويۇڭ (پۈتۈن دىسكىنى شىفىرلىغاندەك)، ئۇنىڭغا /etc/crypttab دا تاسادىپىي ئاچقۇچ بېرىڭ (cryptswap)، ياكى دىسكىدىكى ئالماشتۇرۇش بۆلىكىنىڭ ئورنىغا zram ئىشلىتىڭ. بۇ پەقەت بىر قېتىملا ئېيتىلىدۇ.</translation>
    </message>
</context>
</TS>
