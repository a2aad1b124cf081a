<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/case_table_model.py" line="36"/>
        <location filename="../../ui/editor/pages.py" line="32"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="36"/>
        <location filename="../../ui/editor/pages.py" line="33"/>
        <location filename="../../ui/editor/pages.py" line="156"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="36"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="36"/>
        <location filename="../../ui/editor/pages.py" line="34"/>
        <location filename="../../ui/editor/pages.py" line="139"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="37"/>
        <source>Next hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="37"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="133"/>
        <source>Someone in this case is at risk: their name never leaves the store unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="16"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="32"/>
        <source>For example ALM-2018-017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="35"/>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="36"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="36"/>
        <source>asylum, border-crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="37"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="44"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="45"/>
        <source>The person agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="47"/>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="48"/>
        <location filename="../../ui/editor/pages.py" line="141"/>
        <location filename="../../ui/editor/pages.py" line="144"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="57"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="58"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="58"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="59"/>
        <source>At risk: exposure could bring reprisals on them or their family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="60"/>
        <source>Public figure: chose to speak in their own name in public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="61"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="62"/>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="63"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="64"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="65"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="65"/>
        <source>CN, KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="66"/>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="67"/>
        <location filename="../../ui/editor/pages.py" line="111"/>
        <location filename="../../ui/editor/pages.py" line="135"/>
        <location filename="../../ui/editor/pages.py" line="155"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="67"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="68"/>
        <source>Whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="69"/>
        <source>Related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="70"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="70"/>
        <source>mother, brother, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="88"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="94"/>
        <source>Told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="95"/>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="96"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="96"/>
        <source>kk, ug, ru, zh, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="97"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="98"/>
        <source>Translation of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="100"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="112"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="113"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="114"/>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="115"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="116"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="117"/>
        <location filename="../../ui/editor/pages.py" line="137"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="118"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="118"/>
        <source>re-education camp, detention centre, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="119"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="121"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="122"/>
        <source>Told in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="123"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="136"/>
        <source>Court or authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="138"/>
        <location filename="../../ui/editor/pages.py" line="140"/>
        <location filename="../../ui/editor/pages.py" line="142"/>
        <location filename="../../ui/editor/pages.py" line="158"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="140"/>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="140"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="142"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="142"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="143"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="155"/>
        <source>media, report, testimony, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="157"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="159"/>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="28"/>
        <source>Import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="29"/>
        <location filename="../../ui/interchange_actions.py" line="80"/>
        <source>Interchange documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="32"/>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="55"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="56"/>
        <source>Imported {0} cases: {1} added, {2} updated, {3} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="62"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="63"/>
        <source>The file was not imported and the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interchange_actions.py" line="72"/>
        <source>the %n selected case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="72"/>
        <source>every case in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="74"/>
        <source>Export without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="75"/>
        <source>This writes {0} to a file that is NOT encrypted, names of people at risk included. Share it only inside an encrypted bundle, and delete it when done. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="80"/>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="92"/>
        <source>Exported to {0}. The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="95"/>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTextEditor</name>
    <message>
        <location filename="../../ui/editor/account_text.py" line="30"/>
        <source>Why (for example: identifies a relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/account_text.py" line="31"/>
        <source>Mark selection as never to leave the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/account_text.py" line="35"/>
        <source>Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/account_text.py" line="44"/>
        <source>Marked spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="42"/>
        <source>Case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="42"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="52"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="53"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="53"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="54"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="54"/>
        <source>Proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="55"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="57"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="91"/>
        <location filename="../../ui/editor/case_dialog.py" line="206"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="92"/>
        <source>When the store locked on {0}, this case had changes that could not be saved yet. Take them up again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/case_dialog.py" line="138"/>
        <source>%n problem(s) to fix before the case can be saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="139"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="207"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list_page.py" line="26"/>
        <source>Search every field, in any script: names, places, narratives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list_page.py" line="32"/>
        <source>Only cases with people at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list_page.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list_page.py" line="50"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list_page.py" line="51"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list_page.py" line="51"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list_page.py" line="92"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list_page.py" line="151"/>
        <source>%n case(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list_page.py" line="153"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="15"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="23"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="24"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="25"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="41"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="48"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="18"/>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="18"/>
        <source>Removed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="21"/>
        <source>Every saved version is kept. Restoring one keeps the current version too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="22"/>
        <source>Cases that were removed, as they were last saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="31"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="33"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="64"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="25"/>
        <source>Casefile — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>Store: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>&amp;Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Earlier &amp;versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>&amp;Remove case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Removed cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Add or update cases from an interchange document; all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>&amp;Export as plain JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Close the store; the passphrase is needed to open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Check the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Remove case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Remove {0} from the case list? Its last version is kept and can be brought back from Cases › Removed cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Removed {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>The store has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>The store is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Every encrypted page checks out, and the audit log is unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="23"/>
        <source>New Casefile store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="26"/>
        <location filename="../../ui/new_store_dialog.py" line="82"/>
        <source>A new, empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="27"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="32"/>
        <source>The name the store&apos;s audit log records for your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="45"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="48"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="49"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="50"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="51"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="76"/>
        <source>Strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="77"/>
        <source>Several unrelated words are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="90"/>
        <source>Choose a new, empty folder for the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="93"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="98"/>
        <source>Creating the store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editor/form.py" line="120"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/form.py" line="168"/>
        <location filename="../../ui/editor/form.py" line="188"/>
        <source>(missing: {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/editor/records_page.py" line="24"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/records_page.py" line="25"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="130"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="132"/>
        <source>Write this recovery key down on paper now and keep it apart from this laptop. It opens the store if the passphrase is forgotten. It is shown only this once. Anyone who has it and the store can read every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="143"/>
        <source>I have written the recovery key down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/editor/rows.py" line="26"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/rows.py" line="27"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="20"/>
        <source>Open a Casefile store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="23"/>
        <location filename="../../ui/unlock_dialog.py" line="77"/>
        <source>The folder of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="24"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="28"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="29"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="33"/>
        <source>Remember on this computer (its keyring opens the store at start-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="36"/>
        <source>This computer has no secure keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="43"/>
        <source>New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="50"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="51"/>
        <source>Unlock with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="84"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="85"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="101"/>
        <source>Choose the folder of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="104"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="121"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>{0}: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>{0}: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>{0}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Casefile failed unexpectedly ({0}). Nothing was changed by the failed step. Please report what you did, without any case data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
