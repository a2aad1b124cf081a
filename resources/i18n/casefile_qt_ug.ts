<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug_CN" sourcelanguage="en">
<!-- Qt's own texts (standard buttons, the file dialog, the context menus of text fields) in Uyghur: Qt ships Russian and Kazakh (qtbase_ru, qtbase_kk) but no Uyghur. Written by hand; loaded by ui/language.py after Qt's own catalogue. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>جەزملە</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ھەممىنى ساقلاش</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ھەئە(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ھەممىسىگە ھەئە(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ياق(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ھەممىسىگە ياق(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>قايتا سىناش</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>پەرۋا قىلماسلىق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تاشلىۋېتىش</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ياردەم</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>قوللىنىش</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ئەسلىگە قايتۇرۇش</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>كۆڭۈلدىكى ھالەتكە قايتۇرۇش</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>جەزملە</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>يېنىۋېلىش(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>قايتا قىلىش(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>كېسىش(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>كۆچۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چاپلاش(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>يېنىۋېلىش(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>قايتا قىلىش(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>كېسىش(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>كۆچۈرۈش(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ئۇلانما ئادرېسىنى كۆچۈرۈش(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چاپلاش(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ھەممىنى تاللاش(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>بىر قەدەم ئاشۇرۇش(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>بىر قەدەم كېمەيتىش(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>تەپسىلاتىنى كۆرسىتىش...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تەپسىلاتىنى يوشۇرۇش...</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>قىممەت كىرگۈزۈڭ:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Unicode كونترول ھەرپىنى قىستۇرۇش</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
قىسقۇچ تېپىلمىدى.
قىسقۇچ نامىنىڭ توغرا بېرىلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ھۆججەت تېپىلمىدى.
ھۆججەت نامىنىڭ توغرا بېرىلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ھۆججىتى</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ئاللىبۇرۇن بار.
ئۇنىڭ ئورنىغا يېزىلسۇنمۇ؟</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>تاللاش(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ئۆچۈرۈش(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>يېڭى قىسقۇچ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ئېچىش(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>نامىنى ئۆزگەرتىش(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ساقلاش(&amp;S)</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» يېزىشتىن قوغدالغان.
شۇنداقتىمۇ ئۆچۈرۈلسۇنمۇ؟</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>باشقا نام</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» نى راستتىنلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>كەينىگە</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تەپسىلىي كۆرۈنۈشكە ئالماشتۇرۇش</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>تىزىملىك كۆرۈنۈشىگە ئالماشتۇرۇش</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>قىسقۇچنى ئۆچۈرگىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تەپسىلىي كۆرۈنۈش</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>قىسقۇچلار</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>قىسقۇچ:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>دىسكا</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ھۆججەت نامى(&amp;N):</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ھۆججەت قىسقۇچى</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ھۆججەتلەر</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ھۆججەت تۈرى:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>قىسقۇچ تېپىش</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>قىسقۇچ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ئالدىغا</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>كەينىگە قايتىش</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ئالدىغا مېڭىش</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ئۈستۈنكى قىسقۇچقا چىقىش</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>تىزىملىك كۆرۈنۈشى</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ئورۇنلار ۋە خەتكۈچلەر تىزىملىكى</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ئىزدەش ئورنى:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ئىزدەش ئورنى(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ھۆججەت تۈرى(&amp;T):</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>كومپيۇتېرىم</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>يېڭى قىسقۇچ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ئۈستۈنكى قىسقۇچ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>يېقىنقى ئورۇنلار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>باشقا نامدا ساقلاش</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>تېز ئۇلانما</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>كۆرسىتىش </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>يوشۇرۇن ھۆججەتلەرنى كۆرسىتىش(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>يان بالداق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامەلۇم</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>كومپيۇتېر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ئۆزگەرتىلگەن ۋاقتى</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ھۆججەت نامى ئىناۋەتسىز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>كومپيۇتېرىم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نامى</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>تىپى</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» دېگەن نامنى ئىشلىتىشكە بولمايدۇ.&lt;/b&gt;&lt;p&gt;باشقا، ھەرپى ئازراق ياكى تىنىش بەلگىسى يوق نام ئىشلىتىپ بېقىڭ.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>دىسكا</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>قىسقۇچ</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ھۆججىتى</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامەلۇم</translation>
    </message>
</context>
</TS>
