<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../ui/case_table_model.py" line="+37"/>
        <location filename="../../ui/editor/pages.py" line="+42"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/editor/pages.py" line="+1"/>
        <location line="+148"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/editor/pages.py" line="-147"/>
        <location line="+130"/>
        <location filename="../../ui/figures_table_model.py" line="+18"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing</source>
        <translation>Келесі отырыс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Someone in this case is at risk: their name never leaves the store unprotected.</source>
        <translation>Бұл істе қауіп төнген адам бар: оның аты қоймадан ешқашан қорғаусыз шықпайды.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-154"/>
        <source>(no name yet)</source>
        <translation>(әзірге аты жоқ)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>For example ALM-2018-017</source>
        <translation>Мысалы, ALM-2018-017</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asylum, border-crossing</source>
        <translation>баспана, шекарадан өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person agreed to</source>
        <translation>Адам мынаған келісім берді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>At risk in case {0}; protected in every brief and bundle.</source>
        <translation>{0} ісінде қауіп төнген: әр анықтама мен пакетте қорғалады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Аттары</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/people_table_model.py" line="+35"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Script</source>
        <translation>Жазуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk: exposure could bring reprisals on them or their family</source>
        <translation>Қауіп төнген: аты ашылса, өзі немесе отбасы қуғынға ұшырауы мүмкін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public figure: chose to speak in their own name in public</source>
        <translation>Жария тұлға: жария түрде өз атынан сөйлеуді таңдады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CN, KZ</source>
        <translation>CN, KZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers</source>
        <translation>Сәйкестендіргіштер</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+29"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Осы аптада</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../ui/editor/pages.py" line="+1"/>
        <location line="+44"/>
        <location line="+26"/>
        <location line="+20"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-90"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whereabouts</source>
        <translation>Қазір қайда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related to</source>
        <translation>Кімнің туысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mother, brother, …</source>
        <translation>анасы, ағасы, …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+14"/>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported (plain file)</source>
        <translation>экспортталды (шифрланбаған файл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent in an encrypted bundle</source>
        <translation>шифрланған пакетпен жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved changes kept at a lock</source>
        <translation>құлыптау кезінде сақталмаған өзгерістер бөлек сақталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonyms assigned</source>
        <translation>бүркеншік аттар берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict recorded</source>
        <translation>қайшылық тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict resolved</source>
        <translation>қайшылық шешілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent overridden for sharing</source>
        <translation>бөлісу үшін келісім талабы айналып өтілді</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+3"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="-7"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editor/pages.py" line="+18"/>
        <source>Account</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeding</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file</source>
        <translation>Дәлелдеме файлы</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+21"/>
        <location filename="../../ui/evidence_table_model.py" line="+194"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="+6"/>
        <source>Told by</source>
        <translation>Баяндаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Жазылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kk, ug, ru, zh, en</source>
        <translation>kk, ug, ru, zh, en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Сұхбат алған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation of</source>
        <translation>Қай айғақтың аудармасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>Жәбірленушілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/figures_table_model.py" line="-1"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../../ui/figures_table_model.py" line="+0"/>
        <source>Facility</source>
        <translation>Қамау орны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-education camp, detention centre, …</source>
        <translation>қайта тәрбиелеу лагері, қамау орталығы, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations</source>
        <translation>Құқық бұзушылықтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/evidence_table_model.py" line="-141"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told in</source>
        <translation>Қай айғақтарда айтылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Court or authority</source>
        <translation>Сот немесе орган</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/editor/pages.py" line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+16"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-18"/>
        <source>Hearings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is due</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>media, report, testimony, …</source>
        <translation>БАҚ, баяндама, айғақ, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher</source>
        <translation>Жариялаушы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address (URL)</source>
        <translation>Мекенжайы (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="+28"/>
        <source>Import cases</source>
        <translation>Істерді импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Interchange documents (*.json)</source>
        <translation>Алмасу құжаттары (*.json)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Importing {0}…</source>
        <translation>{0} импортталуда…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import finished</source>
        <translation>Импорт аяқталды</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n case(s): {0} added, {1} updated, {2} unchanged.</source>
        <translation>
            <numerusform>%n іс импортталды: {0} қосылды, {1} жаңартылды, {2} өзгеріссіз қалды.</numerusform>
            <numerusform>%n іс импортталды: {0} қосылды, {1} жаңартылды, {2} өзгеріссіз қалды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The script of %n name(s) did not match their letters and was corrected.</source>
        <translation>
            <numerusform>%n аттың жазуы әріптеріне сәйкес келмеді, ол түзетілді.</numerusform>
            <numerusform>%n аттың жазуы әріптеріне сәйкес келмеді, ол түзетілді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was not imported and the store is unchanged.</source>
        <translation>Файл импортталмады, қойма өзгерген жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the %n selected case(s)</source>
        <translation>
            <numerusform>таңдалған %n істі</numerusform>
            <numerusform>таңдалған %n істі</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every case in the store</source>
        <translation>қоймадағы барлық істі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export without encryption</source>
        <translation>Шифрлаусыз экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This writes {0} to a file that is NOT encrypted, names of people at risk included. Share it only inside an encrypted bundle, and delete it when done. Go on?</source>
        <translation>Бұл әрекет {0} ШИФРЛАНБАҒАН файлға жазады, қауіп төнген адамдардың аттары да соған кіреді. Оны тек шифрланған пакет ішінде беріңіз, ал жұмыс біткен соң өшіріңіз. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cases</source>
        <translation>Істерді экспорттау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {0}. The file is not encrypted.</source>
        <translation>Экспортталды: {0}. Файл шифрланбаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported</source>
        <translation>Ештеңе экспортталмады</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original file</source>
        <translation>Түпнұсқа файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received from</source>
        <translation>Кімнен алынды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case</source>
        <translation>Істің өзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a record no longer in the case)</source>
        <translation>(бұл істе енді жоқ жазба)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(removed {0})</source>
        <translation>({0} жойылған)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed {0}: its content is gone for good; its custody history is kept.</source>
        <translation>{0} жойылған: мазмұны біржола өшірілді, ал сақтау тарихы қалды.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} bytes</source>
        <translation>{0} байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on {0}</source>
        <translation>Алынған күні: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/evidence_viewer.py" line="+77"/>
        <source>Added {0} by {1}</source>
        <translation>Қосқан: {1}, {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case as a whole</source>
        <translation>Тұтас іс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person: {0}</source>
        <translation>Адам: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event: {0}</source>
        <translation>Оқиға: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from a colleague</source>
        <translation>Әріптестен алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported a copy</source>
        <translation>Көшірмесі экспортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened with another program</source>
        <translation>Басқа бағдарламамен ашылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included in a brief</source>
        <translation>Анықтамаға енгізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included in a bundle</source>
        <translation>Пакетке енгізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile</source>
        <translation>профилі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind of brief</source>
        <translation>анықтама түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>көлемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>алушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hearing bundle</source>
        <translation>отырысқа арналған пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>witness statement</source>
        <translation>куәнің мәлімдемесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public summary</source>
        <translation>жария қысқаша мазмұн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>court</source>
        <translation>сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>жария</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} (UTC), audit entry {1}</source>
        <translation>{0} (UTC), аудит жазбасы №{1}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="-47"/>
        <source>Casefile does not play recordings. Export a copy, or open it with another program.</source>
        <translation>Casefile аудио және бейне жазбаларды ойнатпайды. Көшірмесін экспорттаңыз немесе басқа бағдарламамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile can show images and PDF documents only. Export a copy, or open it with another program.</source>
        <translation>Casefile тек суреттер мен PDF құжаттарын көрсете алады. Көшірмесін экспорттаңыз немесе басқа бағдарламамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is {0}, too large to preview here. Export a copy, or open it with another program.</source>
        <translation>Бұл файлдың көлемі {0}, мұнда қарау үшін тым үлкен. Көшірмесін экспорттаңыз немесе басқа бағдарламамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exhibit {0}</source>
        <translation>{0}-қосымша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original file: {0} ({1}, {2})</source>
        <translation>Түпнұсқа файл: {0} ({1}, {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256 мәні: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: {0}</source>
        <translation>Қатысты: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received from: {0}</source>
        <translation>Кімнен алынды: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_window.py" line="+22"/>
        <source>Files can be added once the case has been saved for the first time. Save it, then open it again and come back to this tab, or choose Cases › Evidence files… (Ctrl+E) with the case selected.</source>
        <translation>Файлдарды іс алғаш сақталғаннан кейін ғана қосуға болады. Істі сақтап, қайта ашыңыз да, осы қойындыға оралыңыз немесе тізімнен істі таңдап, Істер › Дәлелдеме файлдары… (Ctrl+E) пәрменін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files are encrypted into the store as soon as they are added: Save and Cancel below are about the other tabs. Drop files here, or click “Add files…”.</source>
        <translation>Файлдар қосылған бойда қоймаға шифрланып жазылады: төмендегі «Сақтау» мен «Бас тарту» тек басқа қойындыларға қатысты. Файлдарды осында сүйреп әкеліңіз немесе «Файлдар қосу…» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="+30"/>
        <source>Hearing bundle</source>
        <translation>Отырысқа арналған пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witness statement</source>
        <translation>Куәнің мәлімдемесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public case summary</source>
        <translation>Істің жария қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal</source>
        <translation>Ішкі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For staff of the organisation only: full names and identifiers; spans marked by a caseworker are highlighted.</source>
        <translation>Тек ұйым қызметкерлері үшін: толық аттар мен сәйкестендіргіштер; қызметкер белгілеген үзінділер ерекшеленеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the court and the applicant&apos;s counsel: relatives at risk under stable pseudonyms, identifiers cut to their last four characters, contact details and marked spans removed. Needs consent to legal proceedings.</source>
        <translation>Сот пен өтініш берушінің өкілі үшін: қауіп төнген туыстар тұрақты бүркеншік аттармен беріледі, сәйкестендіргіштердің соңғы төрт таңбасы ғана қалады, контакт деректері мен белгіленген үзінділер алынып тасталады. Сот ісін жүргізуге келісім қажет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Жария</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For anyone: the applicant as initials, other people under pseudonyms (public figures keep their names), identifiers, contact details and marked spans removed. Needs consent to publish.</source>
        <translation>Барлығына арналған: өтініш беруші аты-жөнінің бас әріптерімен, басқа адамдар бүркеншік аттармен беріледі (жария тұлғалардың аты сақталады), сәйкестендіргіштер, контакт деректері мен белгіленген үзінділер алынып тасталады. Жариялауға келісім қажет.</translation>
    </message>
    <message numerus="yes">
        <location line="+270"/>
        <source>Made: %n page(s). An internal brief redacts nothing (it holds full names and identifiers); its file was checked for hidden earlier versions and XMP metadata.</source>
        <translation>
            <numerusform>Дайын: %n бет. Ішкі анықтамада ештеңе жасырылмайды (онда толық аты-жөндер мен сәйкестендіргіштер бар); оның файлы жасырын бұрынғы нұсқалар мен XMP метадеректерінің жоқтығына тексерілді.</numerusform>
            <numerusform>Дайын: %n бет. Ішкі анықтамада ештеңе жасырылмайды (онда толық аты-жөндер мен сәйкестендіргіштер бар); оның файлы жасырын бұрынғы нұсқалар мен XMP метадеректерінің жоқтығына тексерілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verified: the text of all %n page(s), read back with two extractors (pdfium and pdfminer.six), and every object of the file (bookmarks, document information, annotations, form fields, embedded files) were searched for {0} of what this profile removes, in any case, script, spelling, spacing and hyphenation. None was found.</source>
        <translation>
            <numerusform>Тексерілді: барлық %n беттің мәтіні екі құралмен (pdfium және pdfminer.six) қайта оқылды, ол мен файлдың әрбір объектісінен (бетбелгілер, құжат туралы мәліметтер, аңдатпалар, форма өрістері, кірістірілген файлдар) осы профиль алып тастайтын мәліметтің {0} бас не кіші әріппен, кез келген әліпбимен, емлемен, бос орынмен және тасымалмен ізделді. Ештеңе табылмады.</numerusform>
            <numerusform>Тексерілді: барлық %n беттің мәтіні екі құралмен (pdfium және pdfminer.six) қайта оқылды, ол мен файлдың әрбір объектісінен (бетбелгілер, құжат туралы мәліметтер, аңдатпалар, форма өрістері, кірістірілген файлдар) осы профиль алып тастайтын мәліметтің {0} бас не кіші әріппен, кез келген әліпбимен, емлемен, бос орынмен және тасымалмен ізделді. Ештеңе табылмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n protected form(s)</source>
        <translation>
            <numerusform>%n қорғалатын жазылу түрі</numerusform>
            <numerusform>%n қорғалатын жазылу түрі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not saved: verification found %n redacted item(s) in the brief. Nothing was written. Report this: the redaction missed something.</source>
        <translation>
            <numerusform>Сақталмады: тексеру анықтамадан жасырылуға тиіс %n элементті тапты. Ештеңе жазылған жоқ. Бұл туралы хабарлаңыз: жасыру бір нәрсені өткізіп алған.</numerusform>
            <numerusform>Сақталмады: тексеру анықтамадан жасырылуға тиіс %n элементті тапты. Ештеңе жазылған жоқ. Бұл туралы хабарлаңыз: жасыру бір нәрсені өткізіп алған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../../ui/errors.py" line="+27"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… және тағы %n.</numerusform>
            <numerusform>… және тағы %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The redaction log will be saved next to the brief, as …-redaction-log.pdf.</source>
        <translation>Жасыру журналы анықтаманың жанына …-redaction-log.pdf деген атпен сақталады.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the brief</source>
        <translation>Анықтаманы сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_menu.py" line="+37"/>
        <source>%n record(s) older than this store&apos;s, ignored.</source>
        <translation>
            <numerusform>Осы қоймадағыдан ескі %n жазба еленбеді.</numerusform>
            <numerusform>Осы қоймадағыдан ескі %n жазба еленбеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed record(s) not brought back.</source>
        <translation>
            <numerusform>Жойылған %n жазба қайтарылмады.</numerusform>
            <numerusform>Жойылған %n жазба қайтарылмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) removed because the sender removed them; earlier versions are kept in the case&apos;s history.</source>
        <translation>
            <numerusform>Жіберуші жойғандықтан %n жазба жойылды; бұрынғы нұсқалары іс тарихында сақталады.</numerusform>
            <numerusform>Жіберуші жойғандықтан %n жазба жойылды; бұрынғы нұсқалары іс тарихында сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;hare</source>
        <translation>&amp;Бөлісу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send selected cases…</source>
        <translation>Таңдалған істерді &amp;жіберу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted, signed bundle of the selected cases and their evidence files, for colleagues</source>
        <translation>Таңдалған істер мен олардың дәлелдеме файлдарының әріптестерге арналған шифрланған, қол қойылған пакеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive a bundle…</source>
        <translation>Пакетті қа&amp;былдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a bundle from a colleague and merge its cases</source>
        <translation>Әріптестен келген пакетті тексеріп, істерін біріктіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Мекенжай кітапшасы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;identity…</source>
        <translation>Менің &amp;кілттерім…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send cases</source>
        <translation>Істерді жіберу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the cases to send in the list first.</source>
        <translation>Алдымен тізімнен жіберілетін істерді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent</source>
        <translation>Ештеңе жіберілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case and one recipient.</source>
        <translation>Кемінде бір іс пен бір алушыны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the bundle</source>
        <translation>Пакетті сақтау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypting {0}…</source>
        <translation>{0} шифрлануда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: no bundle was written.</source>
        <translation>Тоқтатылды: пакет жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote {0}: {1} and {2}, encrypted to {3} (you included) and signed.</source>
        <translation>{0} жазылды: {1} және {2}, {3} үшін шифрланды (сіз де солардың ішіндесіз) және қол қойылды.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+58"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n дәлелдеме файлы</numerusform>
            <numerusform>%n дәлелдеме файлы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n алушы</numerusform>
            <numerusform>%n алушы</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>From {0}: {1} added, {2} updated, {3} unchanged, {4} with conflicts; {5}.</source>
        <translation>Жіберуші – {0}: {1} қосылды, {2} жаңартылды, {3} өзгеріссіз қалды, {4} қайшылықпен; {5}.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Receive a bundle</source>
        <translation>Пакетті қабылдау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypting and checking {0}…</source>
        <translation>{0} шифры ашылып, тексерілуде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: nothing was received.</source>
        <translation>Тоқтатылды: ештеңе қабылданған жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discarding the bundle…</source>
        <translation>Пакет алынып тасталуда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merging…</source>
        <translation>Біріктірілуде…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>Пакет қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the address book</source>
        <translation>Мекенжай кітапшасына қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {0} (fingerprint {1}) to your address book? Mark the fingerprint as checked there once you have compared it with them.</source>
        <translation>{0} (саусақ ізі {1}) мекенжай кітапшаңызға қосылсын ба? Саусақ ізін онымен салыстырғаннан кейін, оны кітапшада тексерілді деп белгілеңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colleague</source>
        <translation>Әріптес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added</source>
        <translation>Қосылмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle from {0} was received before. Nothing was changed.</source>
        <translation>{0} жіберген бұл пакет бұрын қабылданған. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some records were changed here and by the sender since you last exchanged them. Yours were kept; choose now, field by field, which version to keep (or later, from Share › Conflicts).</source>
        <translation>Соңғы алмасудан бері кейбір жазбалар мұнда да, жіберушіде де өзгертілген. Сіздікі сақталды; қай нұсқаны қалдыру керегін қазір өріс бойынша таңдаңыз (немесе кейін: Бөлісу › Қайшылықтар).</translation>
    </message>
    <message>
        <location filename="../../ui/figures_table_model.py" line="+0"/>
        <source>Violation</source>
        <translation>Құқық бұзушылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/link_reasons.py" line="+10"/>
        <source>Latin</source>
        <translation>латын жазуы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cyrillic</source>
        <translation>кирилл жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic script</source>
        <translation>араб жазуы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>қытай жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>грек жазуы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same name in {0}</source>
        <translation>бірдей есім ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in {0} and {1}</source>
        <translation>бірдей есім ({0} және {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar names {0} and {1}</source>
        <translation>ұқсас есімдер: {0} және {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>born {0} in both</source>
        <translation>екеуі де {0} жылы туған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>born {0} and {1}</source>
        <translation>туған жылдары {0} және {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both name {0} as {1}</source>
        <translation>екеуі де {0} есімін атайды ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both name the place {0}</source>
        <translation>екеуі де {0} жерін атайды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/people_table_model.py" line="+0"/>
        <source>Other names</source>
        <translation>Басқа аттары</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases and roles</source>
        <translation>Істер мен рөлдер</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>At risk in at least one case: protected in every brief and bundle of every case they appear in.</source>
        <translation>Кемінде бір істе қауіп төнген: ол аталатын әр істің әр анықтамасы мен пакетінде қорғалады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/i18n.py" line="+60"/>
        <source>%n byte(s)</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} KiB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} MiB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} GiB</source>
        <translation>{0} ГБ</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+17"/>
        <source>About Casefile</source>
        <translation>Casefile туралы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no store is open</source>
        <translation>ешбір қойма ашылмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile %1</source>
        <translation>Casefile, %1 нұсқасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted documentation of human-rights cases. Licence: %1.</source>
        <translation>Адам құқықтары жөніндегі істердің шифрланған құжаттамасы. Лицензия: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open store: %1</source>
        <translation>Ашық қойма: %1</translation>
    </message>
</context>
<context>
    <name>AccountTextEditor</name>
    <message>
        <location filename="../../ui/editor/account_text.py" line="+30"/>
        <source>Why (for example: identifies a relative)</source>
        <translation>Себебі (мысалы: туысты анықтайды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark selection</source>
        <translation>Таңдалғанды белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked words never leave the store: briefs and shared copies show them blacked out.</source>
        <translation>Белгіленген сөздер қоймадан ешқашан шықпайды: анықтамалар мен бөлісілген көшірмелерде олар қара түспен жабылады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove mark</source>
        <translation>Белгіні алу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked spans</source>
        <translation>Белгіленген үзінділер</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="+82"/>
        <source>Address book</source>
        <translation>Мекенжай кітапшасы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key fingerprint</source>
        <translation>Қолтаңба кілтінің саусақ ізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in person</source>
        <translation>Бетпе-бет тексерілді</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as checked</source>
        <translation>Тексерілді деп белгілеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no signing key</source>
        <translation>қолтаңба кілті жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove contact</source>
        <translation>Контактіні жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the address book? Bundles they sign will then come from an unknown key.</source>
        <translation>{0} мекенжай кітапшасынан жойылсын ба? Содан кейін ол қол қойған пакеттер белгісіз кілттен келген болып саналады.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="+28"/>
        <source>What is due</source>
        <translation>Мерзімдер мен сот отырыстары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next 7 days</source>
        <translation>алдағы 7 күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the next 30 days</source>
        <translation>алдағы 30 күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next 3 months</source>
        <translation>алдағы 3 ай</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the next year</source>
        <translation>алдағы бір жыл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Осы аптада</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export calendar…</source>
        <translation>Күнтізбеге экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An iCalendar file of the items shown: case references and kinds only, never names, places or descriptions</source>
        <translation>Көрсетілген жазбалардың iCalendar файлы: тек іс нөмірлері мен жазба түрі, есімдерсіз, орындарсыз және сипаттамаларсыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due in</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n жазба.</numerusform>
            <numerusform>%n жазба.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing is due, and nothing is overdue.</source>
        <translation>Жақын мерзімдер мен сот отырыстары жоқ, мерзімі өткендер де жоқ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export calendar</source>
        <translation>Күнтізбеге экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar файлдары (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote %n item(s) to {0}: case references and kinds only, no names.</source>
        <translation>
            <numerusform>{0} файлына %n жазба сақталды: тек іс нөмірлері мен түрі (сот отырысы не мерзім), есімдерсіз.</numerusform>
            <numerusform>{0} файлына %n жазба сақталды: тек іс нөмірлері мен түрі (сот отырысы не мерзім), есімдерсіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaNotice</name>
    <message>
        <location line="+14"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>мерзімі өткені: %n</numerusform>
            <numerusform>мерзімі өткені: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due today</source>
        <translation>
            <numerusform>бүгін: %n</numerusform>
            <numerusform>бүгін: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due this week</source>
        <translation>
            <numerusform>осы аптада: %n</numerusform>
            <numerusform>осы аптада: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+31"/>
        <location line="+33"/>
        <source>Back up the store</source>
        <translation>Қойманың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A file on another disk, e.g. a USB stick</source>
        <translation>Басқа дискідегі файл, мысалы, USB флешкада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> days</source>
        <translation> күннен кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is one encrypted file holding every case, evidence file and the audit log. It opens with this store&apos;s passphrase or recovery key.</source>
        <translation>Сақтық көшірме — барлық іс, дәлелдеме файлдары және аудит журналы бар бір шифрланған файл. Ол осы қойманың құпия фразасымен немесе қалпына келтіру кілтімен ашылады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file:</source>
        <translation>Сақтық көшірме файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me after:</source>
        <translation>Еске салу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Casefile backups (*.cfbackup)</source>
        <translation>Casefile сақтық көшірмелері (*.cfbackup)</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location line="+40"/>
        <source>This store has never been backed up: Store › Back up…</source>
        <translation>Бұл қойманың сақтық көшірмесі әлі жасалмаған: Қойма › Сақтық көшірме…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last backup is more than %n day(s) old (it was made on {0}): Store › Back up…</source>
        <translation>
            <numerusform>Соңғы сақтық көшірме жасалғанына %n күннен асты ({0} жасалған): Қойма › Сақтық көшірме…</numerusform>
            <numerusform>Соңғы сақтық көшірме жасалғанына %n күннен асты ({0} жасалған): Қойма › Сақтық көшірме…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_dialog.py" line="-186"/>
        <source>Brief of case {0}</source>
        <translation>{0} ісі бойынша анықтама</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The applicant&apos;s statement</source>
        <translation>Өтініш берушінің мәлімдемесі</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Brief</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anonymity order made</source>
        <translation>Анонимдік ұйғарымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover says “anonymity order made”, and a court brief names the applicant by initials (as a public one does) on every page: cover, statement of truth, headings and bookmarks included.</source>
        <translation>Мұқабада «анонимдік ұйғарымы шығарылған» деп жазылады, ал сот анықтамасы өтініш берушіні (жария анықтамадағыдай) әр бетте аты-жөнінің бас әріптерімен атайды: мұқабада, шындық туралы мәлімдемеде, тақырыптар мен бетбелгілерде де.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Account {0} ({1})</source>
        <translation>Айғақ {0} ({1})</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation>Letter (АҚШ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also save a redaction log (internal)</source>
        <translation>Жасыру журналын да сақтау (ішкі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was replaced where, with the originals: for the lawyer, never to be sent with the brief. Saved next to it as …-redaction-log.pdf.</source>
        <translation>Не, қай жерде ауыстырылғаны, түпнұсқаларымен бірге: заңгерге арналған, анықтамамен бірге ешқашан жіберілмейді. Анықтаманың жанына …-redaction-log.pdf (жасыру журналы) деген атпен сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Document:</source>
        <translation>&amp;Құжат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Айғақ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;aper:</source>
        <translation>Қа&amp;ғаз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the headings, labels, dates and pseudonyms; the case is printed as recorded</source>
        <translation>Тақырыптардың, белгілердің, күндер мен бүркеншік аттардың тілі; іс қалай жазылса, солай басылады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make brief</source>
        <translation>Анықтама &amp;жасау</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The options changed: make the brief again.</source>
        <translation>Параметрлер өзгерді: анықтаманы қайта жасаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the brief…</source>
        <translation>Анықтама жасалуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting, laying out and verifying…</source>
        <translation>Жасыру, беттеу және тексеру…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No brief was made.</source>
        <translation>Анықтама жасалмады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refused: {0} Nothing was written.</source>
        <translation>Бас тартылды: {0} Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+4"/>
        <source>The brief failed verification and cannot be saved.</source>
        <translation>Анықтама тексеруден өтпеді, оны сақтауға болмайды.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: the {0} profile needs one of these consents: {1}, but the consent was withdrawn. Record the consent or choose another profile. Nothing was written.</source>
        <translation>Бас тартылды: «{0}» профиліне мына келісімдердің бірі керек: {1}, бірақ келісім кері қайтарылған. Келісімді іске жазыңыз немесе басқа профиль таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: the {0} profile needs one of these consents: {1}, and the case has none of them. Record the consent or choose another profile. Nothing was written.</source>
        <translation>Бас тартылды: «{0}» профиліне мына келісімдердің бірі керек: {1}, ал істе олардың ешқайсысы жоқ. Келісімді іске жазыңыз немесе басқа профиль таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The brief was not saved</source>
        <translation>Анықтама сақталмады</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/brief_preview.py" line="+28"/>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pages are shown here once the brief is made and verified.</source>
        <translation>Анықтама жасалып, тексерілгеннен кейін оның беттері осында көрсетіледі.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page {0} of {1}</source>
        <translation>Бет {0} / {1}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="+54"/>
        <source>Case {0}</source>
        <translation>{0} ісі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Айғақтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proceedings</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+142"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>When the store locked on {0}, this case had changes that could not be saved yet. Take them up again?</source>
        <translation>Қойма {0} құлыпталғанда бұл істе әлі сақталмаған өзгерістер болған. Оларды қайта жалғастырасыз ба?</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n problem(s) to fix before the case can be saved</source>
        <translation>
            <numerusform>Істі сақтау үшін %n мәселені түзету керек</numerusform>
            <numerusform>Істі сақтау үшін %n мәселені түзету керек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>Мәселе табылмады.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>Бұл істе сақталмаған өзгерістер бар. Сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list_page.py" line="+30"/>
        <source>Search every field, in any script: names, places, narratives…</source>
        <translation>Барлық өрістен кез келген жазумен іздеу: аттар, жерлер, баяндар…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only cases with people at risk</source>
        <translation>Тек қауіп төнген адамдары бар істер</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation</source>
        <translation>Құқық бұзушылық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Қамау орны</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n case(s) match</source>
        <translation>
            <numerusform>%n іс сәйкес келеді</numerusform>
            <numerusform>%n іс сәйкес келеді</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(too many to rank: the most recently changed first; add a word to narrow the search)</source>
        <translation>(сұрыптау үшін тым көп: алдымен соңғы өзгертілгендер; іздеуді тарылту үшін тағы бір сөз қосыңыз)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+16"/>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two new passphrases differ.</source>
        <translation>Екі жаңа құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the passphrase…</source>
        <translation>Құпия фраза өзгертілуде…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="+34"/>
        <source>Resolve a conflict in %1</source>
        <translation>%1: қайшылықты шешу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This %1 was changed here and by %2 since you last exchanged it. For each field, choose which version to keep.</source>
        <translation>Бұл жазба (%1) соңғы алмасудан бері мұнда да, %2 жағынан да өзгертілген. Әр өріс үшін қай нұсқаны қалдыру керегін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this store)</source>
        <translation>Менікі (осы қойма)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (%1)</source>
        <translation>Олардікі (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot save this choice</source>
        <translation>Бұл таңдауды сақтау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <location line="+146"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts are waiting.</source>
        <translation>Шешілмеген қайшылық жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve…</source>
        <translation>Шешу…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>case details</source>
        <translation>іс деректері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — from %3 — %4</source>
        <translation>%1 — %2 — жіберуші %3 — %4</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location line="-54"/>
        <source>No consent to share</source>
        <translation>Бөлісуге келісім жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person concerned has not consented to sharing these cases with partners: %1. Record the consent in the case, or send anyway and say why; the reason goes into the audit log.</source>
        <translation>Тиісті адам бұл істерді серіктестермен бөлісуге келісім бермеген: %1. Келісімді іске жазыңыз немесе себебін көрсетіп, бәрібір жіберіңіз; себеп аудит журналына жазылады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why these cases are sent without consent</source>
        <translation>Бұл істер неге келісімсіз жіберіледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send anyway</source>
        <translation>Бәрібір жіберу</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="-131"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Контактіні өңдеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ed25519:… (needed to recognise their bundles)</source>
        <translation>ed25519:… (оның пакеттерін тану үшін қажет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I compared the fingerprint with this person, in person or by phone</source>
        <translation>Саусақ ізін осы адаммен бетпе-бет немесе телефон арқылы салыстырдым</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Алушы кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a signing key yet</source>
        <translation>әзірге қолтаңба кілті емес</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="+180"/>
        <source>Custody of exhibit {0}</source>
        <translation>{0}-қосымшаның сақтау тарихы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhibit {0}</source>
        <translation>{0}-қосымша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(removed {0})</source>
        <translation>({0} жойылған)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256 at intake: {0}</source>
        <translation>Қабылдаған кездегі SHA-256 мәні: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole SHA-256 (the clipboard forgets it after a while)</source>
        <translation>SHA-256 мәнін толық көшіру (алмасу буфері оны біраз уақыттан кейін ұмытады)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the audit log…</source>
        <translation>Аудит журналы тексерілуде…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The audit log is damaged: {0}. This history cannot be relied on; restore the store from a backup.</source>
        <translation>Аудит журналы бүлінген: {0}. Бұл тарихқа сенуге болмайды; қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log&apos;s chain is unbroken: no entry of this history has been altered or removed.</source>
        <translation>Аудит журналының тізбегі үзілмеген: бұл тарихтың бірде-бір жазбасы өзгертілмеген де, жойылмаған да.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence_window.py" line="+26"/>
        <source>Evidence files — {0}</source>
        <translation>Дәлелдеме файлдары — {0}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+66"/>
        <source>Drop files here, or click “Add files…”. They are encrypted into the store; every view, export and removal goes into the file&apos;s custody history.</source>
        <translation>Файлдарды осында сүйреп әкеліңіз немесе «Файлдар қосу…» түймесін басыңыз. Олар қоймаға шифрланып жазылады; әрбір қарау, экспорт пен жою файлдың сақтау тарихына жазылады.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+493"/>
        <source>View</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <location line="-492"/>
        <location line="+492"/>
        <source>Export a copy…</source>
        <translation>Көшірмесін экспорттау…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+492"/>
        <source>Open with another program…</source>
        <translation>Басқа бағдарламамен ашу…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+492"/>
        <source>Custody history…</source>
        <translation>Сақтау тарихы…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+496"/>
        <source>Remove…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Show removed files</source>
        <translation>Жойылған файлдарды көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 мәнін көшіру</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the copies now</source>
        <translation>Көшірмелерді қазір өшіру</translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>Adding %n file(s)… Other actions on files wait until this is done.</source>
        <translation>
            <numerusform>%n файл қосылуда… Файлдармен басқа әрекеттер бұл аяқталғанша күтеді.</numerusform>
            <numerusform>%n файл қосылуда… Файлдармен басқа әрекеттер бұл аяқталғанша күтеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n файл қосылды.</numerusform>
            <numerusform>%n файл қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: the file being added when you clicked Stop was not added.</source>
        <translation>Тоқтатылды: «Тоқтату» басылған сәтте қосылып жатқан файл қосылмады.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Exhibit {0} viewed.</source>
        <translation>{0}-қосымша қаралды.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are being added</source>
        <translation>Файлдар қосылуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the files being added are in the store (or click Stop), then try again.</source>
        <translation>Қосылып жатқан файлдар қоймаға түскенше күтіңіз (немесе «Тоқтату» түймесін басыңыз), содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export a copy</source>
        <translation>Көшірмесін экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Export it only to an encrypted disk or to hand it over, and delete it when it is no longer needed. The export goes into the file&apos;s custody history.</source>
        <translation>Көшірме ШИФРЛАНБАЙДЫ: файл немесе диск кімнің қолына түссе, сол оны оқи алады. Оны тек шифрланған дискіге немесе біреуге тапсыру үшін экспорттаңыз, ал қажеті болмаған соң өшіріңіз. Экспорт файлдың сақтау тарихына жазылады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export a copy of exhibit {0}</source>
        <translation>{0}-қосымшаның көшірмесін экспорттау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exhibit {0} exported to {1}; the copy&apos;s SHA-256 was checked.</source>
        <translation>{0}-қосымша экспортталды: {1}; көшірменің SHA-256 мәні тексерілді.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open with another program</source>
        <translation>Басқа бағдарламамен ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To open this file in another program, Casefile must write an unencrypted copy of it. That program may keep its own copies (recent files, thumbnails, backups) that Casefile cannot remove.

The copy is deleted when you click “Delete the copies now”, when you close this window, or when the store locks.

Open it anyway?</source>
        <translation>Бұл файлды басқа бағдарламада ашу үшін Casefile оның шифрланбаған көшірмесін жазуы керек. Ол бағдарлама өз көшірмелерін (соңғы файлдар, нобайлар, сақтық көшірмелер) сақтап қалуы мүмкін, оларды Casefile өшіре алмайды.

Көшірме «Көшірмелерді қазір өшіру» түймесін басқанда, осы терезені жапқанда немесе қойма құлыпталғанда өшіріледі.

Бәрібір ашасыз ба?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No program on this computer opens this kind of file; the copy was deleted.</source>
        <translation>Бұл компьютерде мұндай файлды ашатын бағдарлама жоқ; көшірме өшірілді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unencrypted copies open in other programs: {0}
They are deleted when you click the button, close this window, or the store locks.</source>
        <translation>Басқа бағдарламаларда ашық тұрған шифрланбаған көшірмелер: {0}
Олар түймені басқанда, осы терезені жапқанда немесе қойма құлыпталғанда өшіріледі.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exhibit {0} was removed; its custody history is kept.</source>
        <translation>{0}-қосымша жойылды; оның сақтау тарихы қалды.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mark as this person&apos;s photo</source>
        <translation>Осы адамның фотосы деп белгілеу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an image recorded as being about a person can be their photo.</source>
        <translation>Адам туралы деп тіркелген сурет қана оның фотосы бола алады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exhibit {0} is now this person&apos;s photo.</source>
        <translation>{0}-қосымша енді осы адамның фотосы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {0} is no longer a person&apos;s photo.</source>
        <translation>{0}-қосымша енді адамның фотосы емес.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add evidence files</source>
        <translation>Дәлелдеме файлдарын қосу</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SHA-256 of exhibit {0} was copied.</source>
        <translation>{0}-қосымшаның SHA-256 мәні көшірілді.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="+21"/>
        <source>Exhibit {0}</source>
        <translation>{0}-қосымша</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>◀ Previous page</source>
        <translation>◀ Алдыңғы бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page ▶</source>
        <translation>Келесі бет ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>Терезеге сыйғызу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a copy…</source>
        <translation>Көшірмесін экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with another program…</source>
        <translation>Басқа бағдарламамен ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decrypting…</source>
        <translation>Шифры ашылуда…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password). Export a copy, or open it with another program.</source>
        <translation>Бұл PDF мұнда көрсетілмейді (ол бүлінген немесе құпиясөзбен қорғалған болуы мүмкін). Көшірмесін экспорттаңыз немесе басқа бағдарламамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image cannot be shown here (its format is not one Casefile reads, or it is damaged). Export a copy, or open it with another program.</source>
        <translation>Бұл сурет мұнда көрсетілмейді (Casefile оның пішімін оқымайды немесе ол бүлінген). Көшірмесін экспорттаңыз немесе басқа бағдарламамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Page {0} of {1}</source>
        <translation>Бет {0} / {1}</translation>
    </message>
</context>
<context>
    <name>FacilitiesWindow</name>
    <message>
        <location filename="../../ui/facilities_window.py" line="+48"/>
        <location line="+172"/>
        <source>Facilities</source>
        <translation>Қамау орындары</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Search by any name, in any script</source>
        <translation>Кез келген атауы бойынша, кез келген жазумен іздеу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>Ө&amp;шіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link places…</source>
        <translation>Орындарды &amp;байланыстыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places written in cases that name a facility: link the ones you agree with</source>
        <translation>Істерде жазылған, қамау орнын атайтын орындар: келісетіндеріңізді байланыстырыңыз</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture:</source>
        <translation>Округ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Координаттар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names and aliases</source>
        <translation>Атаулары және басқа атаулары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No facility chosen</source>
        <translation>Қамау орны таңдалмаған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases and events</source>
        <translation>Істер мен оқиғалар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>alias</source>
        <translation>басқа атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases and events that point to it: %n case(s)</source>
        <translation>
            <numerusform>Онымен байланысты істер мен оқиғалар: %n іс</numerusform>
            <numerusform>Онымен байланысты істер мен оқиғалар: %n іс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove facility</source>
        <translation>Қамау орнын өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this facility from the registry? Cases keep their places as written.</source>
        <translation>Бұл қамау орнын тізілімнен өшіру керек пе? Істердегі орындар жазылғандай қалады.</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <location filename="../../ui/facility_dialog.py" line="+37"/>
        <source>Edit facility</source>
        <translation>Қамау орнын өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New facility</source>
        <translation>Жаңа қамау орны</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One name per line, at most one in each script:
Xinyuan re-education camp
新源县职业技能教育培训中心</source>
        <translation>Әр жолға бір атау, әр жазуда біреуден артық емес:
Синьюань лагері
新源县职业技能教育培训中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other names it is known by, one per line, any script</source>
        <translation>Ол белгілі басқа атаулар, әр жолға біреуден, кез келген жазумен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 43.43</source>
        <translation>мысалы, 43.43</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 83.26</source>
        <translation>мысалы, 83.26</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names:</source>
        <translation>&amp;Атаулары:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name per script; the script is read from the letters. Other spellings and names go under Aliases.</source>
        <translation>Әр жазуда бір атау; жазу әріптерден анықталады. Басқа жазылулары мен атаулары «Басқа атаулары» өрісіне жазылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aliases:</source>
        <translation>Басқа а&amp;таулары:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;County:</source>
        <translation>Ау&amp;дан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefecture:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Ендік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>Бой&amp;лық:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>Е&amp;скертпе:</translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <location filename="../../ui/facility_table_model.py" line="+17"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefecture</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/figures_dialog.py" line="+23"/>
        <source>Figures for reports</source>
        <translation>Есептерге арналған статистика</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table as a CSV file: counts, violations, places and years; no names and nothing else about a person</source>
        <translation>Кесте CSV файлы ретінде: сандар, құқық бұзушылықтар, орындар мен жылдар; есімдер де, адам туралы басқа мәлімет те жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count by</source>
        <translation>Санау негізі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart of</source>
        <translation>Диаграмма</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n жол.</numerusform>
            <numerusform>%n жол.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to count yet.</source>
        <translation>Әзірге санайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export CSV</source>
        <translation>CSV-ге экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the figures to {0}: counts only, no personal data.</source>
        <translation>Статистика {0} файлына сақталды: тек сандар, жеке деректер жоқ.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="+18"/>
        <source>Earlier versions</source>
        <translation>Бұрынғы нұсқалар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed cases</source>
        <translation>Жойылған істер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version is kept. Restoring one keeps the current version too.</source>
        <translation>Әрбір сақталған нұсқа қалады. Біреуін қалпына келтірсеңіз, қазіргі нұсқа да сақталады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases that were removed, as they were last saved.</source>
        <translation>Жойылған істер, соңғы сақталған күйінде.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/editor/history_page.py" line="+17"/>
        <source>Who changed what, and when. The log keeps which fields changed, never their values; it cannot be edited.</source>
        <translation>Кім, нені, қашан өзгертті. Журнал қай өрістер өзгергенін ғана сақтайды, мәндерін ешқашан сақтамайды; оны өңдеуге болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history starts when the case is first saved.</source>
        <translation>Тарих іс алғаш сақталғанда басталады.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="+116"/>
        <source>My identity</source>
        <translation>Менің кілттерім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your recipient and signing key to colleagues; they are not secret. Read them the fingerprint by phone or in person so they can check it.</source>
        <translation>Алушы кілтіңіз бен қолтаңба кілтіңізді әріптестерге беріңіз; олар құпия емес. Әріптестер тексере алуы үшін саусақ ізін оларға телефонмен немесе бетпе-бет оқып беріңіз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Алушы кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy recipient and signing key</source>
        <translation>Алушы кілті мен қолтаңба кілтін көшіру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialogs.py" line="-201"/>
        <source>Add %n evidence file(s)</source>
        <translation>
            <numerusform>%n дәлелдеме файлын қосу</numerusform>
            <numerusform>%n дәлелдеме файлын қосу</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files are encrypted into the store as they are, and their SHA-256 is recorded, so anyone can later check that an exhibit is the file received. The originals stay where they are; once the files are in the store, consider deleting the originals from this computer.</source>
        <translation>Файлдар қоймаға өзгеріссіз шифрланып жазылады, ал олардың SHA-256 мәні тіркеледі, сондықтан кейін кез келген адам қосымшаның дәл сол алынған файл екенін тексере алады. Түпнұсқалар орнында қалады; файлдар қоймаға түскен соң түпнұсқаларды бұл компьютерден өшіруді ойластырыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who gave it: the applicant, her sister, a lawyer, …</source>
        <translation>Кім берді: өтініш беруші, оның әпкесі, заңгер, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>Кімнен алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it is: detention notice, photo of the camp gate, …</source>
        <translation>Бұл не: қамауға алу туралы хабарлама, лагерь қақпасының суреті, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to the store</source>
        <translation>Қоймаға қосу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description of each file</source>
        <translation>Әр файлдың сипаттамасы</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Күнді ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/language.py" line="+130"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System ({0})</source>
        <translation>Жүйелік ({0})</translation>
    </message>
</context>
<context>
    <name>LinkPlacesDialog</name>
    <message>
        <location filename="../../ui/link_places_dialog.py" line="+21"/>
        <location line="+78"/>
        <source>Link places to facilities</source>
        <translation>Орындарды қамау орындарымен байланыстыру</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>These places, as written in cases, name a facility of the registry. Tick the ones that are that facility and choose Link ticked. The text of the case is not changed; a link can be undone.</source>
        <translation>Істерде жазылған бұл орындар тізілімдегі қамау орнын атайды. Шынымен сол қамау орны болатындарын белгілеп, «Белгіленгендерді байланыстыру» түймесін басыңыз. Іс мәтіні өзгермейді; байланысты болдырмауға болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place as written</source>
        <translation>Жазылған орын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Қамау орны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Link ticked</source>
        <translation>Белгіленгендерді &amp;байланыстыру</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No place written in a case names a facility that it is not linked to.</source>
        <translation>Істерде жазылған бірде-бір орын әлі байланыстырылмаған қамау орнын атамайды.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+90"/>
        <source>&amp;Cases</source>
        <translation>&amp;Істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open case…</source>
        <translation>Істі а&amp;шу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier &amp;versions…</source>
        <translation>Бұрынғы &amp;нұсқалар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove case…</source>
        <translation>Істі жо&amp;ю…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed cases…</source>
        <translation>Жойылған істер…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or update cases from an interchange document; all or nothing</source>
        <translation>Алмасу құжатынан істерді қосу не жаңарту; не бәрі, не ештеңе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as plain JSON…</source>
        <translation>Шифрсыз JSON ретінде &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected cases, or every case when none is selected</source>
        <translation>Таңдалған істер, ал ештеңе таңдалмаса — барлық істер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence &amp;files…</source>
        <translation>Дәлелдеме &amp;файлдары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected case&apos;s scans, photos and recordings</source>
        <translation>Таңдалған істің сканерленген құжаттары, фотолары мен жазбалары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Brief…</source>
        <translation>&amp;Анықтама…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A redacted PDF brief of the selected case, verified before it is saved</source>
        <translation>Таңдалған іс бойынша деректері жасырылған PDF анықтама, сақталмас бұрын тексеріледі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People…</source>
        <translation>&amp;Адамдар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every person across cases, links between them, and suggested links</source>
        <translation>Барлық істердегі әр адам, олардың арасындағы байланыстар және ұсынылған байланыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;acilities…</source>
        <translation>Қа&amp;мау орындары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camps, prisons and detention centres by their names in every script, and the cases naming them</source>
        <translation>Лагерьлер, түрмелер мен қамауда ұстау орталықтары барлық жазудағы атауларымен және оларды атайтын істер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Store</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>Қазір &amp;құлыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the store; the passphrase is needed to open it again</source>
        <translation>Қойманы жабу; қайта ашу үшін құпия фраза керек болады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock when &amp;idle…</source>
        <translation>Әрекетсіз тұрғанда құ&amp;лыптау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;passphrase…</source>
        <translation>Құпия фразаны &amp;өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer</source>
        <translation>Осы компьютерде &amp;есте сақтау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check the store</source>
        <translation>Қойманы &amp;тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;due…</source>
        <translation>&amp;Мерзімдер мен сот отырыстары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings and deadlines across all cases, and overdue deadlines</source>
        <translation>Барлық істер бойынша сот отырыстары мен мерзімдер, мерзімі өткендері де</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figures for reports…</source>
        <translation>Есептерге арналған &amp;статистика…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts of cases, persons and events by violation, facility, region, year or status</source>
        <translation>Істер, адамдар мен оқиғалар саны: құқық бұзушылық, қамау орны, өңір, жыл не күйі бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One encrypted file with every case, evidence file and the audit log</source>
        <translation>Барлық іс, дәлелдеме файлдары және аудит журналы бар бір шифрланған файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Көмек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casefile</source>
        <translation>Casefile &amp;туралы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved {0}.</source>
        <translation>{0} сақталды.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved the brief to {0}.</source>
        <translation>Анықтама сақталды: {0}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove case</source>
        <translation>Істі жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the case list? Its last version is kept and can be brought back from Cases › Removed cases.</source>
        <translation>{0} істер тізімінен жойылсын ба? Оның соңғы нұсқасы сақталады, оны Істер › Жойылған істер арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed {0}.</source>
        <translation>{0} жойылды.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The passphrase was changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remember on this computer</source>
        <translation>Осы компьютерде есте сақтау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the store… {0}%</source>
        <translation>Қойма тексерілуде… {0}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store has problems</source>
        <translation>Қоймада ақаулар бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is whole</source>
        <translation>Қойма бүтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every encrypted page, the database structure, every evidence file&apos;s SHA-256 and the audit log check out.</source>
        <translation>Әрбір шифрланған бет, дерекқор құрылымы, әрбір дәлелдеме файлының SHA-256 мәні және аудит журналы тексеруден өтті.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check failed</source>
        <translation>Тексеру сәтсіз аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the store…</source>
        <translation>Қойма тексерілуде…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backed up and verified: {0}.</source>
        <translation>Сақтық көшірме жасалып, тексерілді: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup was written</source>
        <translation>Сақтық көшірме жазылмады</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="+26"/>
        <source>New Casefile store</source>
        <translation>Жаңа Casefile қоймасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>A new, empty folder</source>
        <translation>Жаңа, бос қалта</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name the store&apos;s audit log records for your changes.</source>
        <translation>Қойманың аудит журналы сіздің өзгерістеріңізді осы атпен жазады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Strong enough.</source>
        <translation>Жеткілікті берік.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several unrelated words are strong and easy to remember.</source>
        <translation>Бір-бірімен байланысы жоқ бірнеше сөз берік әрі есте оңай сақталады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a new, empty folder for the store.</source>
        <translation>Қойма үшін жаңа, бос қалта таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the store…</source>
        <translation>Қойма жасалуда…</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <location filename="../../ui/unlock_widgets.py" line="+98"/>
        <source>Updating this store for this version of Casefile. This is done once; for a large store it takes a few minutes. Keep Casefile open.</source>
        <translation>Қойма Casefile-дың осы нұсқасына сай жаңартылуда. Бұл бір рет қана жасалады; үлкен қойма үшін бірнеше минутқа созылады. Casefile-ды жаппаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuilding the search index for this version: %1 of %2 cases. This is done once; keep Casefile open.</source>
        <translation>Осы нұсқа үшін іздеу индексі қайта құрылуда (өңделген істер: %1 / %2). Бұл бір рет қана жасалады; Casefile-ды жаппаңыз.</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../ui/people_window.py" line="+144"/>
        <location line="+35"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Search names in any script: Nurlan, Нұрлан, نۇرلان…</source>
        <translation>Аттарды кез келген жазумен іздеу: Nurlan, Нұрлан, نۇرلان…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Suggested links</source>
        <translation>Ұсынылған байланыстар</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n адам сәйкес келеді</numerusform>
            <numerusform>%n адам сәйкес келеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../ui/person_panel.py" line="+80"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key in the case</source>
        <translation>Істегі кілті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a case to open it.</source>
        <translation>Істі ашу үшін оны екі рет басыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Байланысты үзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person of this case is not the same real person as the others</source>
        <translation>Осы істегі бұл адам басқаларымен бір адам емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>Ықтималдық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link: the same person</source>
        <translation>Байланыстыру: бір адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>Бір адам емес</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Appears in</source>
        <translation>Аталатын істер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested links to review</source>
        <translation>Тексеруге ұсынылған байланыстар</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No photo</source>
        <translation>Фото жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a person in the list.</source>
        <translation>Тізімнен адамды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At risk in case {0}: protected in every brief and bundle of every case above.</source>
        <translation>{0} ісінде қауіп төнген: жоғарыдағы әр істің әр анықтамасы мен пакетінде қорғалады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for suggested links…</source>
        <translation>Ұсынылған байланыстар ізделуде…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No links are suggested for this person.</source>
        <translation>Бұл адамға байланыс ұсынылмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link only when you are sure: briefs then treat them as one.</source>
        <translation>Сенімді болғанда ғана байланыстырыңыз: анықтамалар оларды бір адам деп санайды.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="-55"/>
        <source>Receive a bundle</source>
        <translation>Пакетті қабылдау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 (in your address book%2).</source>
        <translation>Жіберуші: %1 (мекенжай кітапшаңызда бар%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, fingerprint checked in person</source>
        <translation>, саусақ ізі бетпе-бет тексерілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From an UNKNOWN key that calls itself %1. Accept only if the sender reads you the same fingerprint, by phone or in person:</source>
        <translation>Өзін %1 деп атайтын БЕЛГІСІЗ кілттен келді. Жіберуші телефонмен немесе бетпе-бет дәл осы саусақ ізін оқып берсе ғана қабылдаңыз:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cases: %1</source>
        <translation>Істер: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle was received before; receiving it again changes nothing.</source>
        <translation>Бұл пакет бұрын қабылданған; қайта қабылдау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and merge</source>
        <translation>Қабылдап, біріктіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation>Қабылдамау</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+157"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+20"/>
        <source>(missing: {0})</source>
        <translation>(жоқ: {0})</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/editor/records_page.py" line="+24"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="+32"/>
        <source>Your recovery key</source>
        <translation>Қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this recovery key down on paper now and keep it apart from this laptop. It opens the store if the passphrase is forgotten. It is shown only this once. Anyone who has it and the store can read every case.</source>
        <translation>Бұл қалпына келтіру кілтін дәл қазір қағазға жазып алып, осы ноутбуктан бөлек сақтаңыз. Құпия фраза ұмытылса, қойма осы кілтпен ашылады. Ол тек осы жолы ғана көрсетіледі. Кілт пен қойма кімнің қолында болса, сол барлық істі оқи алады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have written the recovery key down (or printed it).</source>
        <translation>Қалпына келтіру кілтін қағазға жазып алдым (немесе басып шығардым).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On paper only, not to a file. The page passes through this computer&apos;s print queue.</source>
        <translation>Тек қағазға, файлға емес. Бет осы компьютердің басып шығару кезегі арқылы өтеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer is set up on this computer.</source>
        <translation>Бұл компьютерде принтер орнатылмаған.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="+19"/>
        <source>Remove evidence file</source>
        <translation>Дәлелдеме файлын жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove exhibit {0} ({1}) for good?

Its content is deleted from the store and cannot be recovered, not even from a copy of the store made afterwards. Its number, size and SHA-256 stay in the custody record, with the reason you give here.</source>
        <translation>{0}-қосымша ({1}) біржола жойылсын ба?

Оның мазмұны қоймадан өшіріледі және оны қайтару мүмкін болмайды, тіпті кейін жасалған қойма көшірмесінен де. Оның нөмірі, көлемі және SHA-256 мәні осы жерде көрсеткен себебіңізбен бірге сақтау тарихында қалады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: attached to the wrong case; a duplicate of exhibit 3</source>
        <translation>Мысалы: басқа іске қате тіркелген; 3-қосымшаның қайталанған көшірмесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove for good</source>
        <translation>Біржола жою</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="+35"/>
        <location line="+44"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>A backup becomes a new store in a folder of its own; the store it was made from is not touched. It opens with that store&apos;s passphrase or recovery key.</source>
        <translation>Сақтық көшірме өз қалтасындағы жаңа қоймаға айналады; ол жасалған қойма өзгертілмейді. Жаңа қойма сол қойманың құпия фразасымен немесе қалпына келтіру кілтімен ашылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file (.cfbackup)</source>
        <translation>Сақтық көшірме файлы (.cfbackup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+43"/>
        <source>A new, empty folder</source>
        <translation>Жаңа, бос қалта</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup:</source>
        <translation>Сақтық көшірме:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New store folder:</source>
        <translation>Жаңа қойма қалтасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with:</source>
        <translation>Құлпын ашу тәсілі:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Casefile backups (*.cfbackup)</source>
        <translation>Casefile сақтық көшірмелері (*.cfbackup)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the backup file and a new folder for the store.</source>
        <translation>Сақтық көшірме файлын және қоймаға арналған жаңа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Құпия фразаны немесе қалпына келтіру кілтін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/editor/rows.py" line="+50"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../ui/unlock_widgets.py" line="-78"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase</source>
        <translation>Құпия фразаңыз</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="-71"/>
        <source>Send cases</source>
        <translation>Істерді жіберу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>only to send cases without consent to share; goes into the audit log</source>
        <translation>тек бөлісуге келісімі жоқ істерді жіберу үшін; аудит журналына жазылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or recipient</source>
        <translation>Немесе алушы кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override consent, reason</source>
        <translation>Келісімсіз жіберу себебі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send…</source>
        <translation>Жіберу…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/strength_meter.py" line="+22"/>
        <source>Very weak</source>
        <translation>Өте әлсіз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Әлсіз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Берік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very strong</source>
        <translation>Өте берік</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message>
        <location filename="../../ui/people_window.py" line="-216"/>
        <source>Casefile compares every person with the persons of other cases and lists the likely pairs, best first. Nothing is linked until you say so.</source>
        <translation>Casefile әр адамды басқа істердің адамдарымен салыстырып, ықтимал жұптарды ең ықтималынан бастап көрсетеді. Сіз шешпейінше ештеңе байланыстырылмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find suggested links</source>
        <translation>Ұсынылған байланыстарды табу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>Ықтималдық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>Кіммен бір адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link: the same person</source>
        <translation>Байланыстыру: бір адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>Бір адам емес</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Comparing people…</source>
        <translation>Адамдар салыстырылуда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing people… {0}%</source>
        <translation>Адамдар салыстырылуда… {0}%</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+28"/>
        <source>%n suggested link(s) to review</source>
        <translation>
            <numerusform>Тексеруге %n байланыс ұсынылды</numerusform>
            <numerusform>Тексеруге %n байланыс ұсынылды</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="+97"/>
        <source>Another Casefile is writing to this store; waiting up to {0} seconds…</source>
        <translation>Бұл қоймаға басқа Casefile жазып жатыр; {0} секундқа дейін күтеміз…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="+28"/>
        <source>Open a Casefile store</source>
        <translation>Casefile қоймасын ашу</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>The folder of the store</source>
        <translation>Қойманың қалтасы</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember on this computer (its keyring opens the store at start-up)</source>
        <translation>Осы компьютерде есте сақтау (іске қосылғанда қойманы жүйенің кілттер сақтағышы ашады)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure keyring.</source>
        <translation>Бұл компьютерде қауіпсіз кілттер сақтағышы жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New store…</source>
        <translation>Жаңа қойма…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Сақтық көшірмені қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with</source>
        <translation>Немен ашу</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the folder of the store.</source>
        <translation>Қойманың қалтасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Құпия фразаны немесе қалпына келтіру кілтін теріңіз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Opening…</source>
        <translation>Ашылуда…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+5"/>
        <source>{0}: no such file.</source>
        <translation>{0}: мұндай файл жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: permission denied.</source>
        <translation>{0}: рұқсат жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Nothing was changed.</source>
        <translation>{0}. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Casefile failed unexpectedly ({0}). Nothing was changed by the failed step. Please report what you did, without any case data.</source>
        <translation>Casefile жұмысында күтпеген қате болды ({0}). Сәтсіз қадам ештеңені өзгертпеді. Не істегеніңізді іс деректерін қоспай хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="+25"/>
        <source>There is no Casefile store at {path}.</source>
        <translation>{path} жолында Casefile қоймасы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Casefile store.</source>
        <translation>{path} — Casefile қоймасы емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Casefile store: {file} is empty. Nothing was changed.</source>
        <translation>{path} — Casefile қоймасы емес: {file} файлы бос. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not empty. Choose a new folder for the store.</source>
        <translation>{path} бұрыннан бар және бос емес. Қойма үшін жаңа қалта таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} belongs to another user, so Casefile cannot make it private. Choose a folder of your own for the store.</source>
        <translation>{path} басқа пайдаланушыға тиесілі, сондықтан Casefile оны жабық ете алмайды. Қойма үшін өз қалтаңызды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be decrypted: the file is damaged, or the key file belongs to another store. Nothing was changed; restore the store from a backup.</source>
        <translation>{file} файлын шифрдан шығару мүмкін емес: файл бүлінген немесе кілт файлы басқа қоймаға тиесілі. Ештеңе өзгерген жоқ; қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store was made by a newer version of Casefile. Update Casefile to open it.</source>
        <translation>Бұл қойма Casefile-дың жаңарақ нұсқасында жасалған. Оны ашу үшін Casefile-ды жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Casefile is writing to this store. Nothing was changed; try again when it has finished.</source>
        <translation>Бұл қоймаға қазір басқа Casefile жазып жатыр. Ештеңе өзгерген жоқ; ол аяқтағанда қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {file} is missing from {folder}. Restore it from your backup of the store; without it the store cannot be opened.</source>
        <translation>{folder} қалтасында {file} кілт файлы жоқ. Оны қойманың сақтық көшірмесінен қалпына келтіріңіз: онсыз қойманы ашу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file {file} in {folder} is damaged or has been tampered with. Restore it from your backup.</source>
        <translation>{folder} қалтасындағы {file} кілт файлы бүлінген немесе қолдан өзгертілген. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {file} is damaged or has been tampered with: its passphrase settings are outside the bounds Casefile accepts. Restore it from your backup.</source>
        <translation>{file} кілт файлы бүлінген немесе қолдан өзгертілген: оның құпия фраза баптаулары Casefile қабылдайтын шектен тыс. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file has no passphrase entry. Use the recovery key.</source>
        <translation>Кілт файлында құпия фраза жазбасы жоқ. Қалпына келтіру кілтін пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file has no recovery entry.</source>
        <translation>Кілт файлында қалпына келтіру кілтінің жазбасы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file in {path} belongs to another store.</source>
        <translation>{path} ішіндегі кілт файлы басқа қоймаға тиесілі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file does not match the open store.</source>
        <translation>Кілт файлы ашық тұрған қоймаға сәйкес емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong.</source>
        <translation>Құпия фраза қате.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This passphrase is too weak. Use at least 10 characters; several unrelated words are easiest to remember.</source>
        <translation>Бұл құпия фраза тым әлсіз. Кемінде 10 таңба пайдаланыңыз; бір-бірімен байланысы жоқ бірнеше сөзді есте сақтау оңай.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key is wrong.</source>
        <translation>Қалпына келтіру кілті қате.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a recovery key: it has 32 letters and digits in eight groups of four.</source>
        <translation>Бұл қалпына келтіру кілті емес: онда төрттен сегіз топқа бөлінген 32 әріп пен цифр болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key remembered on this device does not open this store.</source>
        <translation>Осы құрылғыда сақталған кілт бұл қойманы ашпайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure keyring, so the store cannot be remembered here.</source>
        <translation>Бұл компьютерде қорғалған кілттер сақтағышы жоқ, сондықтан қойманы мұнда есте сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Тоқтатылды. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That version is not in this store.</source>
        <translation>Бұл нұсқа қоймада жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a complete Casefile backup: it is damaged, truncated or altered. Nothing was written.</source>
        <translation>{path} — толық емес Casefile сақтық көшірмесі: ол бүлінген, қиылған немесе өзгертілген. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy of the database did not check out, so no backup was written. Run Check the store, then try again.</source>
        <translation>Дерекқор көшірмесі тексеруден өтпеді, сондықтан сақтық көшірме жазылған жоқ. «Қойманы тексеру» орындап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup cannot be written inside the store&apos;s own folder. Choose another place.</source>
        <translation>Сақтық көшірмені қойманың өз қалтасына жазуға болмайды. Басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not a Casefile backup. Choose another name.</source>
        <translation>{path} бұрыннан бар және Casefile сақтық көшірмесі емес. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space in {folder} for a backup of this store.</source>
        <translation>{folder} ішінде бұл қойманың сақтық көшірмесіне бос орын жеткіліксіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup file at {path}.</source>
        <translation>{path} жолында сақтық көшірме файлы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file beside the store belongs to another store. No backup was written.</source>
        <translation>Қойма жанындағы кілт файлы басқа қоймаға тиесілі. Сақтық көшірме жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was made by a newer version of Casefile (backup format {version}). Update Casefile to restore it. Nothing was written.</source>
        <translation>{path} Casefile-дың жаңарақ нұсқасында жасалған (сақтық көшірме форматы {version}). Оны қалпына келтіру үшін Casefile-ды жаңартыңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} already exists and is not empty. Choose a new folder for the restored store.</source>
        <translation>{folder} бұрыннан бар және бос емес. Қалпына келтірілген қойма үшін жаңа қалта таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space in {folder} to restore this backup.</source>
        <translation>{folder} ішінде бұл сақтық көшірмені қалпына келтіруге бос орын жеткіліксіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase or the recovery key of the backed-up store is needed.</source>
        <translation>Сақтық көшірмесі жасалған қойманың құпия фразасы немесе қалпына келтіру кілті қажет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no case {ref} in this store.</source>
        <translation>Бұл қоймада {ref} ісі жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference {ref} is already used by another case in this store.</source>
        <translation>{ref} нөмірі бұл қоймадағы басқа іске берілген.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {ref} has no person, account or event with the id {id}.</source>
        <translation>{ref} ісінде {id} идентификаторы бар адам, айғақ немесе оқиға жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That person is in no case of this store.</source>
        <translation>Бұл адам қойманың бірде-бір ісінде жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a person as CASE/KEY, a case reference and the person&apos;s key within it, not &apos;{name}&apos;.</source>
        <translation>Адамды ІС/КІЛТ түрінде көрсетіңіз — іс нөмірі және ондағы адамның кілті, «{name}» емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {ref} has no person with the key {key}.</source>
        <translation>{ref} ісінде {key} кілті бар адам жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be linked to itself.</source>
        <translation>Адамды өзімен байланыстыруға болмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} and {b} would be one person twice in case {ref}, so they cannot be linked.</source>
        <translation>{a} мен {b} {ref} ісінде екі рет аталған бір адам болып шығар еді, сондықтан оларды байланыстыруға болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} is not linked to anyone.</source>
        <translation>{person} ешкіммен байланыстырылмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be told apart from itself.</source>
        <translation>Адамды өзінен ажыратуға болмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} and {b} are linked; unlink one of them first.</source>
        <translation>{a} мен {b} байланыстырылған; алдымен біреуін ажыратыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {exhibit} is not recorded for a person, so it cannot be a person&apos;s photo.</source>
        <translation>{exhibit}-қосымша адамға тіркелмеген, сондықтан ол адамның суреті бола алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facility was not saved: it is not valid ({problem}).</source>
        <translation>Қамау орны сақталмады: деректер жарамсыз ({problem}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such facility in this store.</source>
        <translation>Бұл қоймада мұндай қамау орны жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events point to this facility ({count}); unlink them before removing it.</source>
        <translation>Бұл қамау орнына оқиғалар сілтейді ({count}); оны жоймас бұрын оларды ажыратыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case {ref} has no such event.</source>
        <translation>{ref} ісінде мұндай оқиға жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event points to no facility; there is nothing to unlink.</source>
        <translation>Бұл оқиға ешбір қамау орнына сілтемейді; ажырататын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no evidence file {id} in this store.</source>
        <translation>Бұл қоймада {id} дәлелдеме файлы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such evidence file in this store.</source>
        <translation>Бұл қоймада мұндай дәлелдеме файлы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no evidence files in this store.</source>
        <translation>Бұл қоймада дәлелдеме файлдары жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {part} of this file is missing from the store.</source>
        <translation>Бұл файлдың {part}-бөлігі қоймада жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough free disk space to attach a file of {size_bytes}: it needs about {needed_bytes} while it is being added, and {free_bytes} is free. Nothing was added.</source>
        <translation>{size_bytes} файлды тіркеуге дискіде бос орын жеткіліксіз: қосу кезінде шамамен {needed_bytes} қажет, ал бос орын {free_bytes}. Ештеңе қосылған жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{date}&apos; is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«{date}» — күн емес; оны ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a file. Attach files one at a time.</source>
        <translation>{path} — файл емес. Файлдарды бір-бірлеп тіркеңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content of {file} does not match the SHA-256 and size it came with: it was altered or damaged on the way. Nothing was added.</source>
        <translation>{file} мазмұны онымен бірге келген SHA-256 мәні мен өлшемге сәйкес емес: ол жолда өзгертілген немесе бүлінген. Ештеңе қосылған жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is {size_bytes}, too large to show here.</source>
        <translation>Бұл файлдың өлшемі {size_bytes} — мұнда көрсету үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} no longer has the SHA-256 recorded at intake; it was not exported.</source>
        <translation>{file} файлының SHA-256 мәні қабылдау кезінде тіркелгенге енді сәйкес емес; ол экспортталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} changed while it was being attached. Nothing was added; attach it again once nothing is writing to it.</source>
        <translation>{file} тіркеліп жатқанда өзгерді. Ештеңе қосылған жоқ; оған ешнәрсе жазбай тұрғанда қайта тіркеңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence file {id} was removed from this store; it is not added again.</source>
        <translation>{id} дәлелдеме файлы бұл қоймадан жойылған; ол қайта қосылмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence file {id} is already in this store with other content or in another case.</source>
        <translation>{id} дәлелдеме файлы бұл қоймада басқа мазмұнмен немесе басқа іспен бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact needs a name.</source>
        <translation>Контактқа атау керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a contact named {name}. Choose another name.</source>
        <translation>{name} атты контакт бұрыннан бар. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That signing key is already in the address book as {name}.</source>
        <translation>Бұл қолтаңба кілті мекенжай кітапшасында {name} ретінде бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no contact named {name}.</source>
        <translation>{name} атты контакт жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spec} is neither an age recipient (age1…) nor a name in the address book.</source>
        <translation>{spec} — age алушысы да (age1…), мекенжай кітапшасындағы атау да емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an age recipient (they start with age1).</source>
        <translation>Бұл age алушысы емес (олар age1 деп басталады).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a signing key. It looks like ed25519:… (44 characters after the colon).</source>
        <translation>Бұл қолтаңба кілті емес. Ол ed25519:… түрінде болады (қос нүктеден кейін 44 таңба).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at least one case to send.</source>
        <translation>Жіберу үшін кемінде бір істі көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Name at least one recipient.</source>
        <translation>Кемінде бір алушыны көрсетіңіз.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No consent to share with partners for {cases}. Nothing was sent. Record the consent in the case, or override with a reason (it goes into the audit log).</source>
        <translation>{cases} үшін серіктес ұйымдарға беруге келісім жоқ. Ештеңе жіберілген жоқ. Келісімді іске жазыңыз немесе себебін көрсетіп, тексеруді айналып өтіңіз (себеп аудит журналына жазылады).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That conflict has already been resolved.</source>
        <translation>Бұл қайшылық бұрын шешілген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file of this bundle was lost before it could be added. Nothing was changed.</source>
        <translation>Бұл пакеттің бір файлы қосылмай тұрып жоғалды. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle carries evidence files, which this version of Casefile cannot store yet. Nothing was changed.</source>
        <translation>Бұл пакетте дәлелдеме файлдары бар, ал Casefile-дың бұл нұсқасы оларды қоймада әлі сақтай алмайды. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle file changed while it was being received. Nothing was changed; receive it again.</source>
        <translation>Пакет файлы қабылданып жатқанда өзгерді. Ештеңе өзгерген жоқ; оны қайта қабылдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle&apos;s case {ref} uses a reference that another case in this store already has. Rename one of them and receive again. Nothing was changed.</source>
        <translation>Пакеттегі {ref} ісінің нөмірі бұл қоймадағы басқа іске берілген. Біреуінің атауын өзгертіп, пакетті қайта қабылдаңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough free disk space for this bundle&apos;s evidence files: they need about {needed_bytes} and {free_bytes} is free. The bundle was refused; nothing was changed.</source>
        <translation>Бұл пакеттің дәлелдеме файлдарына дискіде бос орын жеткіліксіз: шамамен {needed_bytes} қажет, ал бос орын {free_bytes}. Пакет қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was made by another version of Casefile. Update Casefile, or ask the sender to make it with the version you have. It was refused; nothing was changed.</source>
        <translation>Бұл пакет Casefile-дың басқа нұсқасында жасалған. Casefile-ды жаңартыңыз немесе жіберушіден пакетті сіздегі нұсқада жасауды сұраңыз. Пакет қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store&apos;s own key for opening bundles is damaged, so no bundle can be received. Restore the store from a backup. Nothing was changed.</source>
        <translation>Бұл қойманың пакеттерді ашатын өз кілті бүлінген, сондықтан пакет қабылдау мүмкін емес. Қойманы сақтық көшірмеден қалпына келтіріңіз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was signed by a key that is not in your address book: {fingerprint} (it calls itself &apos;{name}&apos;). Compare the fingerprint with the sender, by phone or in person, before you accept it. Nothing was changed.</source>
        <translation>Бұл пакетке мекенжай кітапшаңызда жоқ кілтпен қол қойылған: {fingerprint} (жіберуші өзін «{name}» деп атайды). Қабылдамас бұрын саусақ ізін жіберушімен телефон арқылы немесе жеке кездесіп салыстырыңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cases in this bundle are not valid ({problem}). It was refused; nothing was changed.</source>
        <translation>Бұл пакеттегі істер жарамсыз ({problem}). Пакет қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was not addressed to you. It was refused; nothing was changed.</source>
        <translation>Бұл пакет сізге арналмаған. Ол қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle is not signed. It was refused: its sender cannot be known.</source>
        <translation>Бұл пакетке қол қойылмаған. Ол қабылданбады: жіберушіні анықтау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle&apos;s signature does not match its content: it was altered or forged. It was refused.</source>
        <translation>Бұл пакеттің қолтаңбасы мазмұнына сәйкес емес: ол өзгертілген немесе жалған. Ол қабылданбады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You refused this bundle. Nothing was changed.</source>
        <translation>Сіз бұл пакетті қабылдамадыңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases in this bundle are not valid or could not be merged. It was refused; nothing was changed.</source>
        <translation>Бұл пакеттегі істер жарамсыз немесе біріктірілмейді. Ол қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle is damaged: cut off, altered or unreadable. It was refused; nothing was changed.</source>
        <translation>Бұл пакет бүлінген: қиылған, өзгертілген немесе оқылмайды. Ол қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a Casefile bundle. It was refused.</source>
        <translation>Бұл файл Casefile пакеті емес. Ол қабылданбады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle holds something a bundle may not hold. It was refused; nothing was changed.</source>
        <translation>Бұл пакетте пакетте болмауы тиіс нәрсе бар. Ол қабылданбады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recipient&apos;s key or a signing key is not valid.</source>
        <translation>Алушының кілті немесе қолтаңба кілті жарамсыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An evidence file no longer matches its recorded size and SHA-256. No bundle was written.</source>
        <translation>Дәлелдеме файлы тіркелген өлшем мен SHA-256 мәніне енді сәйкес емес. Пакет жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle could not be written. Nothing was sent.</source>
        <translation>Пакетті жазу мүмкін болмады. Ештеңе жіберілген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the PDF took longer than {seconds} seconds; Casefile stopped and cannot say it is free of leaks.</source>
        <translation>PDF тексеру рұқсат етілген уақыттан ұзаққа созылды (секунд саны: {seconds}); Casefile оны тоқтатты және ақпарат жылыстамағанын растай алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF&apos;s streams decompress to more than {limit_bytes} in all (it may be a compression bomb); Casefile cannot check it.</source>
        <translation>PDF ағындары ашылғанда жалпы көлемі {limit_bytes} шегінен асады (бұл «сығу бомбасы» болуы мүмкін); Casefile бұл файлды тексере алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stream in the PDF decompresses to more than {limit_bytes} (it may be a compression bomb); Casefile cannot check it.</source>
        <translation>PDF ішіндегі бір ағын ашылғанда {limit_bytes} шегінен асады (бұл «сығу бомбасы» болуы мүмкін); Casefile бұл файлды тексере алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF has more than {count} objects; Casefile cannot check it.</source>
        <translation>PDF ішіндегі нысандар тым көп (шегі: {count}); Casefile бұл файлды тексере алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is damaged or uses features the text extractors cannot read; Casefile cannot check it.</source>
        <translation>PDF бүлінген немесе мәтін алу құралдары оқи алмайтын мүмкіндіктерді пайдаланады; Casefile бұл файлды тексере алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is larger than {limit_bytes}; Casefile cannot check it.</source>
        <translation>PDF рұқсат етілген көлемнен үлкен (шегі: {limit_bytes}); Casefile бұл файлды тексере алмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PDF; Casefile cannot check it.</source>
        <translation>Бұл файл PDF емес; Casefile оны тексере алмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is password-protected (encrypted); Casefile cannot check it.</source>
        <translation>PDF құпия сөзбен қорғалған (шифрланған); Casefile бұл файлды тексере алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF has more than {count} revisions; Casefile cannot check it.</source>
        <translation>PDF нұсқалары тым көп (шегі: {count}); Casefile бұл файлды тексере алмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Casefile refused this step. Nothing was changed. The reason, in English:</source>
        <translation>Casefile бұл қадамды орындаудан бас тартты. Ештеңе өзгерген жоқ. Себебі (ағылшынша):</translation>
    </message>
</context>
<context>
    <name>guards</name>
    <message>
        <location filename="../../ui/guards.py" line="+26"/>
        <source>Lock when idle</source>
        <translation>Әрекетсіз тұрғанда құлыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the store after this many minutes without a key press or mouse movement:</source>
        <translation>Пернетақта мен тінтуір осынша минут қолданылмаса, қойманы құлыптау:</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>required field is missing</source>
        <translation>міндетті өріс толтырылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field</source>
        <translation>белгісіз өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a whole number</source>
        <translation>бүтін сан емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a string</source>
        <translation>мәтін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not true or false</source>
        <translation>«иә» да, «жоқ» та емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a list</source>
        <translation>тізім емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>нысан емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a UUID</source>
        <translation>UUID емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«{value}» мына мәндердің бірі емес: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a two-letter country code (ISO 3166-1, e.g. CN, KZ)</source>
        <translation>екі әріпті ел коды емес (ISO 3166-1, мысалы CN, KZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түріндегі күн емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month must be 01 to 12</source>
        <translation>ай 01-ден 12-ге дейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such day</source>
        <translation>мұндай күн жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year</source>
        <translation>жыл емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date and the year of birth disagree</source>
        <translation>туған күні мен туған жылы сәйкес емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end must be after start</source>
        <translation>аяқталуы басталуынан кейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end is before start</source>
        <translation>аяқталуы басталуынан бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no person with key &apos;{key}&apos;</source>
        <translation>«{key}» кілті бар адам жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account with key &apos;{key}&apos;</source>
        <translation>«{key}» кілті бар айғақ жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source with key &apos;{key}&apos;</source>
        <translation>«{key}» кілті бар дереккөз жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is used twice</source>
        <translation>«{key}» екі рет қолданылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names a person twice</source>
        <translation>бір адамды екі рет атайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name is given twice</source>
        <translation>бір есім екі рет берілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same id is used by two records</source>
        <translation>бір сәйкестендіргіш екі жазбада қолданылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude go together</source>
        <translation>ендік пен бойлық бірге көрсетіледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a version hash (64 lowercase hexadecimal digits)</source>
        <translation>нұсқа хеші емес (кіші әріптермен жазылған 64 он алтылық цифр)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date and time (ISO 8601, e.g. 2026-03-01T10:00:00+00:00)</source>
        <translation>күн мен уақыт емес (ISO 8601, мысалы 2026-03-01T10:00:00+00:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no time zone (e.g. +00:00)</source>
        <translation>уақыт белдеуі көрсетілмеген (мысалы, +00:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not between {low} and {high}</source>
        <translation>рұқсат етілген аралықта емес (ең азы: {low}, ең көбі: {high})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two names in {script} (make one of them an alias)</source>
        <translation>бір жазуда екі атау бар ({script}); олардың бірін басқа атау етіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the text ({n} characters)</source>
        <translation>мәтіннің соңынан кейін (мәтіндегі таңба саны: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is written in {script} letters, not {was}; stored as {script}</source>
        <translation>есімнің жазуы {was} емес, {script}; жазуы «{script}» деп сақталды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a number</source>
        <translation>сан емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be {n} or more</source>
        <translation>кемінде {n} болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: {choices}</source>
        <translation>мына мәндердің бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many items: {m}; at most {n} are allowed</source>
        <translation>элементтер тым көп: {m} (ең көбі: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few items: {m}; at least {n} are needed</source>
        <translation>элементтер тым аз: {m} (кемінде керегі: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long: at most {n} characters are allowed</source>
        <translation>тым ұзын мәтін (ең көбі {n} таңба)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long: {m}; at most {n} are allowed</source>
        <translation>мәні тым ұзын: {m} (ең көбі: {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested too deep (more than {n} levels)</source>
        <translation>тым терең кірістірілген (деңгей шегі: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a field name that is not valid</source>
        <translation>жарамсыз өріс атауы бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text is too long: {n} characters, the limit is {m}</source>
        <translation>мәтін тым ұзын (таңба саны: {n}, шегі: {m})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains a lone surrogate (\u escape), which is not text</source>
        <translation>жалғыз суррогат бар (\u экрандауы), бұл мәтін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a &apos;{value}&apos; document</source>
        <translation>«{value}» форматындағы құжат емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version {value} is not supported (this application reads version {n})</source>
        <translation>{value} нұсқасына қолдау жоқ (бұл бағдарлама оқитын нұсқа: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cases are given twice in the document</source>
        <translation>құжатта істер екі рет берілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many cases in one document (the limit is {n})</source>
        <translation>бір құжаттағы істер тым көп (шегі: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this case is larger than the limit of {size} for one case</source>
        <translation>бұл іс бір іске рұқсат етілген көлемнен үлкен (шегі: {size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is also the reference of {other}</source>
        <translation>«{value}» нөмірі {other} ісінде де бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is already the reference of another case in this store (with another id)</source>
        <translation>«{value}» нөмірі бұл қоймадағы басқа іске берілген (сәйкестендіргіші басқа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no person of the document or of this store has this id</source>
        <translation>құжатта да, бұл қоймада да мұндай сәйкестендіргіші бар адам жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no facility of the document or of this store has this id</source>
        <translation>құжатта да, бұл қоймада да мұндай сәйкестендіргіші бар қамау орны жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document is not a JSON object</source>
        <translation>құжат JSON нысаны емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document is not valid UTF-8 JSON</source>
        <translation>құжат UTF-8 кодтауындағы жарамды JSON емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is not valid UTF-8 JSON (line {line}, column {column})</source>
        <translation>құжат UTF-8 кодтауындағы жарамды JSON емес (жол: {line}, баған: {column})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not valid UTF-8 JSON (near byte {n})</source>
        <translation>{file} — UTF-8 кодтауындағы жарамды JSON емес (қате шамамен мына байтта: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is larger than the limit of {size}</source>
        <translation>құжат рұқсат етілген көлемнен үлкен (шегі: {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than the limit of {size} for a document</source>
        <translation>{file} құжатқа рұқсат етілген көлемнен үлкен (шегі: {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the fields of the document other than the cases are larger than the limit of {size}</source>
        <translation>құжаттың істерден басқа өрістері рұқсат етілген көлемнен үлкен (шегі: {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is nested too deep (more than {n} levels)</source>
        <translation>құжат тым терең кірістірілген (деңгей шегі: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document has a field name that is not valid</source>
        <translation>құжатта жарамсыз өріс атауы бар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case {ref}, event {key}: no facility of the document or of this store has the id of its place</source>
        <translation>іс {ref}, оқиға {key}: оқиға орнында көрсетілген сәйкестендіргіші бар қамау орны құжатта да, бұл қоймада да жоқ</translation>
    </message>
</context>
<context>
    <name>swap</name>
    <message>
        <location filename="../../ui/swap_notice.py" line="+16"/>
        <source>Swap is not encrypted</source>
        <translation>Алмасу бөлімі (swap) шифрланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s swap ({0}) is not encrypted. The system may write what Casefile holds in memory there, names and the store&apos;s key included, and it can be read from the disk later, for example when the laptop is searched.

To fix it, keep swap on an encrypted volume (as with full-disk encryption), give it a random key in /etc/crypttab (cryptswap), or use zram instead of swap on disk. This is said only once.</source>
        <translation>Бұл компьютердің алмасу бөлімі (swap, {0}) шифрланбаған. Жүйе Casefile жадта ұстайтын деректерді, соның ішінде аты-жөндер мен қойманың кілтін, сонда жазып қоюы мүмкін, ал кейін оларды дискіден оқып алуға болады, мысалы, ноутбук тексерілген кезде.

Мұны түзету үшін алмасу бөлімін шифрланған томда ұстаңыз (дискіні толық шифрлағандағыдай), оған /etc/crypttab ішінде кездейсоқ кілт беріңіз (cryptswap) немесе дискідегі алмасу бөлімінің орнына zram қолданыңыз. Бұл тек бір рет айтылады.</translation>
    </message>
</context>
</TS>
