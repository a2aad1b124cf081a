<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/case_table_model.py" line="+37"/>
        <location filename="../../ui/editor/pages.py" line="+42"/>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/editor/pages.py" line="+1"/>
        <location line="+148"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/editor/pages.py" line="-147"/>
        <location line="+130"/>
        <location filename="../../ui/figures_table_model.py" line="+18"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Someone in this case is at risk: their name never leaves the store unprotected.</source>
        <translation>В этом деле есть человек под угрозой: его имя никогда не покидает хранилище в незащищённом виде.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-154"/>
        <source>(no name yet)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>For example ALM-2018-017</source>
        <translation>Например, ALM-2018-017</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asylum, border-crossing</source>
        <translation>убежище, пересечение границы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person agreed to</source>
        <translation>Человек дал согласие на</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>At risk in case {0}; protected in every brief and bundle.</source>
        <translation>Под угрозой в деле {0}: данные защищены в каждом досье и пакете.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/people_table_model.py" line="+35"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk: exposure could bring reprisals on them or their family</source>
        <translation>Под угрозой: огласка может навлечь репрессии на человека или его семью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public figure: chose to speak in their own name in public</source>
        <translation>Публичное лицо: открыто выступает под своим именем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CN, KZ</source>
        <translation>CN, KZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+29"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../ui/editor/pages.py" line="+1"/>
        <location line="+44"/>
        <location line="+26"/>
        <location line="+20"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-90"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whereabouts</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related to</source>
        <translation>Кому приходится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mother, brother, …</source>
        <translation>мать, брат, …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+14"/>
        <source>added</source>
        <translation>— добавление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>— изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>— удаление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported (plain file)</source>
        <translation>— экспорт (незашифрованный файл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent in an encrypted bundle</source>
        <translation>— отправка в зашифрованном пакете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved changes kept at a lock</source>
        <translation>— несохранённые изменения отложены при блокировке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonyms assigned</source>
        <translation>— назначение псевдонимов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached</source>
        <translation>— прикрепление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>— получение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>— просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict recorded</source>
        <translation>— конфликт зафиксирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict resolved</source>
        <translation>— конфликт разрешён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent overridden for sharing</source>
        <translation>— передача без согласия</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+3"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="-7"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editor/pages.py" line="+18"/>
        <source>Account</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeding</source>
        <translation>Производство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file</source>
        <translation>Файл доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+21"/>
        <location filename="../../ui/evidence_table_model.py" line="+194"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="+0"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="+6"/>
        <source>Told by</source>
        <translation>Со слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kk, ug, ru, zh, en</source>
        <translation>kk, ug, ru, zh, en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation of</source>
        <translation>Перевод показаний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/figures_table_model.py" line="-1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../../ui/figures_table_model.py" line="+0"/>
        <source>Facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-education camp, detention centre, …</source>
        <translation>лагерь «перевоспитания», центр содержания под стражей, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/evidence_table_model.py" line="-141"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told in</source>
        <translation>В показаниях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Court or authority</source>
        <translation>Суд или орган</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_table_model.py" line="+0"/>
        <location filename="../../ui/editor/pages.py" line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+16"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pages.py" line="-18"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is due</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>media, report, testimony, …</source>
        <translation>СМИ, доклад, показания, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher</source>
        <translation>Кем опубликовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address (URL)</source>
        <translation>Адрес (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_actions.py" line="+28"/>
        <source>Import cases</source>
        <translation>Импорт дел</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Interchange documents (*.json)</source>
        <translation>Документы обмена (*.json)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n case(s): {0} added, {1} updated, {2} unchanged.</source>
        <translation>
            <numerusform>Импортировано %n дело: добавлено — {0}, обновлено — {1}, без изменений — {2}.</numerusform>
            <numerusform>Импортировано %n дела: добавлено — {0}, обновлено — {1}, без изменений — {2}.</numerusform>
            <numerusform>Импортировано %n дел: добавлено — {0}, обновлено — {1}, без изменений — {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The script of %n name(s) did not match their letters and was corrected.</source>
        <translation>
            <numerusform>У %n имени указанная письменность не совпадала с буквами и исправлена.</numerusform>
            <numerusform>У %n имён указанная письменность не совпадала с буквами и исправлена.</numerusform>
            <numerusform>У %n имён указанная письменность не совпадала с буквами и исправлена.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was not imported and the store is unchanged.</source>
        <translation>Файл не импортирован, хранилище не изменилось.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the %n selected case(s)</source>
        <translation>
            <numerusform>%n выбранное дело</numerusform>
            <numerusform>%n выбранных дела</numerusform>
            <numerusform>%n выбранных дел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every case in the store</source>
        <translation>все дела хранилища</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export without encryption</source>
        <translation>Экспорт без шифрования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This writes {0} to a file that is NOT encrypted, names of people at risk included. Share it only inside an encrypted bundle, and delete it when done. Go on?</source>
        <translation>Вы собираетесь записать {0} в НЕзашифрованный файл, включая имена людей под угрозой. Передавайте его только внутри зашифрованного пакета и удалите, как только он станет не нужен. Продолжить?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cases</source>
        <translation>Экспорт дел</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {0}. The file is not encrypted.</source>
        <translation>Экспортировано в {0}. Файл не зашифрован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported</source>
        <translation>Ничего не экспортировано</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_table_model.py" line="+0"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received from</source>
        <translation>От кого получено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a record no longer in the case)</source>
        <translation>(запись, которой больше нет в деле)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(removed {0})</source>
        <translation>(удалено {0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed {0}: its content is gone for good; its custody history is kept.</source>
        <translation>Удалено {0}: содержимое уничтожено безвозвратно, история хранения сохранена.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
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
        <translation>Получено {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/evidence_viewer.py" line="+77"/>
        <source>Added {0} by {1}</source>
        <translation>Добавлено {0}, кто добавил: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case as a whole</source>
        <translation>Дело в целом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person: {0}</source>
        <translation>Лицо: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event: {0}</source>
        <translation>Событие: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached</source>
        <translation>Прикрепление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from a colleague</source>
        <translation>Получение от коллеги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported a copy</source>
        <translation>Экспорт копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened with another program</source>
        <translation>Открытие в другой программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included in a brief</source>
        <translation>Включение в досье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included in a bundle</source>
        <translation>Включение в пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile</source>
        <translation>профиль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind of brief</source>
        <translation>вид досье</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hearing bundle</source>
        <translation>пакет документов к заседанию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>witness statement</source>
        <translation>показания свидетеля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public summary</source>
        <translation>публичное резюме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal</source>
        <translation>внутренний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>court</source>
        <translation>для суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} (UTC), audit entry {1}</source>
        <translation>{0} (UTC), запись журнала аудита {1}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="-47"/>
        <source>Casefile does not play recordings. Export a copy, or open it with another program.</source>
        <translation>Casefile не воспроизводит записи. Экспортируйте копию или откройте файл в другой программе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casefile can show images and PDF documents only. Export a copy, or open it with another program.</source>
        <translation>Casefile показывает только изображения и PDF-документы. Экспортируйте копию или откройте файл в другой программе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is {0}, too large to preview here. Export a copy, or open it with another program.</source>
        <translation>Размер файла — {0}, он слишком велик для просмотра здесь. Экспортируйте копию или откройте файл в другой программе.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exhibit {0}</source>
        <translation>Приложение {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original file: {0} ({1}, {2})</source>
        <translation>Исходный файл: {0} ({1}, {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: {0}</source>
        <translation>Относится к: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received from: {0}</source>
        <translation>От кого получено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_window.py" line="+22"/>
        <source>Files can be added once the case has been saved for the first time. Save it, then open it again and come back to this tab, or choose Cases › Evidence files… (Ctrl+E) with the case selected.</source>
        <translation>Файлы можно добавлять после первого сохранения дела. Сохраните его, откройте снова и вернитесь на эту вкладку или выберите дело в списке и откройте Дела › Файлы доказательств… (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files are encrypted into the store as soon as they are added: Save and Cancel below are about the other tabs. Drop files here, or click “Add files…”.</source>
        <translation>Файлы шифруются в хранилище сразу при добавлении: кнопки «Сохранить» и «Отмена» внизу относятся к другим вкладкам. Перетащите файлы сюда или нажмите «Добавить файлы…».</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="+30"/>
        <source>Hearing bundle</source>
        <translation>Пакет документов к заседанию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witness statement</source>
        <translation>Показания свидетеля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public case summary</source>
        <translation>Публичное резюме дела</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For staff of the organisation only: full names and identifiers; spans marked by a caseworker are highlighted.</source>
        <translation>Только для сотрудников организации: полные имена и идентификаторы; фрагменты, отмеченные сотрудником, выделены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>Для суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the court and the applicant&apos;s counsel: relatives at risk under stable pseudonyms, identifiers cut to their last four characters, contact details and marked spans removed. Needs consent to legal proceedings.</source>
        <translation>Для суда и адвоката заявителя: родственники под угрозой — под постоянными псевдонимами, от идентификаторов — 4 последних знака, контакты и отметки удалены. Нужно согласие на использование в производствах.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Публичный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For anyone: the applicant as initials, other people under pseudonyms (public figures keep their names), identifiers, contact details and marked spans removed. Needs consent to publish.</source>
        <translation>Для всех: заявитель — инициалами, остальные — под псевдонимами (кроме публичных лиц); идентификаторы, контакты и отметки удалены. Нужно согласие на опубликование.</translation>
    </message>
    <message numerus="yes">
        <location line="+270"/>
        <source>Made: %n page(s). An internal brief redacts nothing (it holds full names and identifiers); its file was checked for hidden earlier versions and XMP metadata.</source>
        <translation>
            <numerusform>Готово: %n страница. Внутреннее досье ничего не обезличивает (в нём полные имена и идентификаторы); файл проверен на скрытые прежние версии и метаданные XMP.</numerusform>
            <numerusform>Готово: %n страницы. Внутреннее досье ничего не обезличивает (в нём полные имена и идентификаторы); файл проверен на скрытые прежние версии и метаданные XMP.</numerusform>
            <numerusform>Готово: %n страниц. Внутреннее досье ничего не обезличивает (в нём полные имена и идентификаторы); файл проверен на скрытые прежние версии и метаданные XMP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verified: the text of all %n page(s), read back with two extractors (pdfium and pdfminer.six), and every object of the file (bookmarks, document information, annotations, form fields, embedded files) were searched for {0} of what this profile removes, in any case, script, spelling, spacing and hyphenation. None was found.</source>
        <translation>
            <numerusform>Проверено: в тексте %n страницы, повторно извлечённом двумя программами (pdfium и pdfminer.six), и во всех объектах файла (закладки, сведения о документе, аннотации, поля форм, вложенные файлы) искали {0} того, что удаляет этот профиль, — в любом регистре и любой письменности, при любом написании, пробелах и переносах. Ничего не найдено.</numerusform>
            <numerusform>Проверено: в тексте всех %n страниц, повторно извлечённом двумя программами (pdfium и pdfminer.six), и во всех объектах файла (закладки, сведения о документе, аннотации, поля форм, вложенные файлы) искали {0} того, что удаляет этот профиль, — в любом регистре и любой письменности, при любом написании, пробелах и переносах. Ничего не найдено.</numerusform>
            <numerusform>Проверено: в тексте всех %n страниц, повторно извлечённом двумя программами (pdfium и pdfminer.six), и во всех объектах файла (закладки, сведения о документе, аннотации, поля форм, вложенные файлы) искали {0} того, что удаляет этот профиль, — в любом регистре и любой письменности, при любом написании, пробелах и переносах. Ничего не найдено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n protected form(s)</source>
        <translation>
            <numerusform>%n защищённую форму</numerusform>
            <numerusform>%n защищённые формы</numerusform>
            <numerusform>%n защищённых форм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not saved: verification found %n redacted item(s) in the brief. Nothing was written. Report this: the redaction missed something.</source>
        <translation>
            <numerusform>Не сохранено: проверка нашла в досье %n фрагмент, подлежащий обезличиванию. Ничего не записано. Сообщите об этом: при обезличивании что-то пропущено.</numerusform>
            <numerusform>Не сохранено: проверка нашла в досье %n фрагмента, подлежащих обезличиванию. Ничего не записано. Сообщите об этом: при обезличивании что-то пропущено.</numerusform>
            <numerusform>Не сохранено: проверка нашла в досье %n фрагментов, подлежащих обезличиванию. Ничего не записано. Сообщите об этом: при обезличивании что-то пропущено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../../ui/errors.py" line="+27"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The redaction log will be saved next to the brief, as …-redaction-log.pdf.</source>
        <translation>Журнал обезличивания будет сохранён рядом с досье как …-redaction-log.pdf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the brief</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-документы (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_menu.py" line="+37"/>
        <source>%n record(s) older than this store&apos;s, ignored.</source>
        <translation>
            <numerusform>%n запись устарела по сравнению с этим хранилищем и пропущена.</numerusform>
            <numerusform>%n записи устарели по сравнению с этим хранилищем и пропущены.</numerusform>
            <numerusform>%n записей устарели по сравнению с этим хранилищем и пропущены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed record(s) not brought back.</source>
        <translation>
            <numerusform>%n удалённая запись не возвращена.</numerusform>
            <numerusform>%n удалённые записи не возвращены.</numerusform>
            <numerusform>%n удалённых записей не возвращены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) removed because the sender removed them; earlier versions are kept in the case&apos;s history.</source>
        <translation>
            <numerusform>%n запись удалена, так как её удалил отправитель; прежние версии сохранены в истории дела.</numerusform>
            <numerusform>%n записи удалены, так как их удалил отправитель; прежние версии сохранены в истории дела.</numerusform>
            <numerusform>%n записей удалены, так как их удалил отправитель; прежние версии сохранены в истории дела.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;hare</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send selected cases…</source>
        <translation>&amp;Отправить выбранные дела…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted, signed bundle of the selected cases and their evidence files, for colleagues</source>
        <translation>Зашифрованный подписанный пакет с выбранными делами и их файлами доказательств — для коллег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Получить пакет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a bundle from a colleague and merge its cases</source>
        <translation>Проверить пакет от коллеги и объединить его дела с вашими</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Адресная книга…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;identity…</source>
        <translation>&amp;Мои ключи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send cases</source>
        <translation>Отправка дел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the cases to send in the list first.</source>
        <translation>Сначала выберите в списке дела для отправки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent</source>
        <translation>Ничего не отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case and one recipient.</source>
        <translation>Выберите хотя бы одно дело и одного получателя.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypting {0}…</source>
        <translation>Шифрование {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: no bundle was written.</source>
        <translation>Остановлено: пакет не записан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote {0}: {1} and {2}, encrypted to {3} (you included) and signed.</source>
        <translation>Файл {0} записан: {1} и {2}; зашифрован для {3} (включая вас) и подписан.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+58"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n получателя</numerusform>
            <numerusform>%n получателей</numerusform>
            <numerusform>%n получателей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>From {0}: {1} added, {2} updated, {3} unchanged, {4} with conflicts; {5}.</source>
        <translation>От {0}: добавлено — {1}, обновлено — {2}, без изменений — {3}, с конфликтами — {4}; {5}.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Receive a bundle</source>
        <translation>Получение пакета</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypting and checking {0}…</source>
        <translation>Расшифровка и проверка {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: nothing was received.</source>
        <translation>Остановлено: ничего не получено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discarding the bundle…</source>
        <translation>Пакет отклоняется…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>Пакет отклонён, ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the address book</source>
        <translation>Добавить в адресную книгу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {0} (fingerprint {1}) to your address book? Mark the fingerprint as checked there once you have compared it with them.</source>
        <translation>Добавить {0} (отпечаток {1}) в адресную книгу? Когда сверите отпечаток с этим человеком, отметьте его там как проверенный.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle from {0} was received before. Nothing was changed.</source>
        <translation>Этот пакет от {0} уже был получен. Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some records were changed here and by the sender since you last exchanged them. Yours were kept; choose now, field by field, which version to keep (or later, from Share › Conflicts).</source>
        <translation>Некоторые записи изменены и здесь, и отправителем после вашего последнего обмена. Ваши версии сохранены; выберите сейчас, поле за полем, какую версию оставить (или позже: Обмен › Конфликты).</translation>
    </message>
    <message>
        <location filename="../../ui/figures_table_model.py" line="+0"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../ui/link_reasons.py" line="+10"/>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic script</source>
        <translation>арабская письменность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>китайские иероглифы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>греческий алфавит</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same name in {0}</source>
        <translation>одинаковое имя ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in {0} and {1}</source>
        <translation>одинаковое имя ({0} и {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar names {0} and {1}</source>
        <translation>похожие имена {0} и {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>born {0} in both</source>
        <translation>год рождения {0} у обоих</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>born {0} and {1}</source>
        <translation>годы рождения {0} и {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both name {0} as {1}</source>
        <translation>оба называют {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both name the place {0}</source>
        <translation>оба называют место {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../ui/people_table_model.py" line="+0"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases and roles</source>
        <translation>Дела и роли</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>At risk in at least one case: protected in every brief and bundle of every case they appear in.</source>
        <translation>Под угрозой хотя бы в одном деле: данные защищены в каждом досье и пакете каждого дела, где упоминается этот человек.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/i18n.py" line="+60"/>
        <source>%n byte(s)</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
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
        <translation>О программе Casefile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no store is open</source>
        <translation>хранилище не открыто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile %1</source>
        <translation>Casefile, версия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted documentation of human-rights cases. Licence: %1.</source>
        <translation>Зашифрованное документирование дел о нарушениях прав человека. Лицензия: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open store: %1</source>
        <translation>Открытое хранилище: %1</translation>
    </message>
</context>
<context>
    <name>AccountTextEditor</name>
    <message>
        <location filename="../../ui/editor/account_text.py" line="+30"/>
        <source>Why (for example: identifies a relative)</source>
        <translation>Почему (например: указывает на родственника)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark selection</source>
        <translation>Отметить выделенное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked words never leave the store: briefs and shared copies show them blacked out.</source>
        <translation>Отмеченные слова никогда не покидают хранилище: в досье и переданных копиях они закрашены чёрным.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove mark</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked spans</source>
        <translation>Отмеченные фрагменты</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="+82"/>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key fingerprint</source>
        <translation>Отпечаток ключа подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in person</source>
        <translation>Сверен лично</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as checked</source>
        <translation>Отметить как сверенный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no signing key</source>
        <translation>нет ключа подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the address book? Bundles they sign will then come from an unknown key.</source>
        <translation>Удалить {0} из адресной книги? Пакеты, подписанные этим контактом, будут считаться пришедшими от неизвестного ключа.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="+28"/>
        <source>What is due</source>
        <translation>Сроки и заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next 7 days</source>
        <translation>ближайшие 7 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the next 30 days</source>
        <translation>ближайшие 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next 3 months</source>
        <translation>ближайшие 3 месяца</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the next year</source>
        <translation>ближайший год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export calendar…</source>
        <translation>Экспорт в календарь…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An iCalendar file of the items shown: case references and kinds only, never names, places or descriptions</source>
        <translation>Файл iCalendar с показанными записями: только номера дел и тип записи, без имён, мест и описаний</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due in</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing is due, and nothing is overdue.</source>
        <translation>Ближайших сроков и заседаний нет, просроченных сроков тоже нет.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export calendar</source>
        <translation>Экспорт в календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote %n item(s) to {0}: case references and kinds only, no names.</source>
        <translation>
            <numerusform>В {0} сохранена %n запись: только номера дел и тип (заседание или срок), без имён.</numerusform>
            <numerusform>В {0} сохранены %n записи: только номера дел и тип (заседание или срок), без имён.</numerusform>
            <numerusform>В {0} сохранено %n записей: только номера дел и тип (заседание или срок), без имён.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaNotice</name>
    <message>
        <location line="+14"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due today</source>
        <translation>
            <numerusform>сегодня: %n</numerusform>
            <numerusform>сегодня: %n</numerusform>
            <numerusform>сегодня: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due this week</source>
        <translation>
            <numerusform>на этой неделе: %n</numerusform>
            <numerusform>на этой неделе: %n</numerusform>
            <numerusform>на этой неделе: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+31"/>
        <location line="+33"/>
        <source>Back up the store</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A file on another disk, e.g. a USB stick</source>
        <translation>Файл на другом диске, например на USB-флешке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is one encrypted file holding every case, evidence file and the audit log. It opens with this store&apos;s passphrase or recovery key.</source>
        <translation>Резервная копия — один зашифрованный файл со всеми делами, файлами доказательств и журналом аудита. Она открывается парольной фразой или ключом восстановления этого хранилища.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file:</source>
        <translation>Файл резервной копии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me after:</source>
        <translation>Напомнить через:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Casefile backups (*.cfbackup)</source>
        <translation>Резервные копии Casefile (*.cfbackup)</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location line="+40"/>
        <source>This store has never been backed up: Store › Back up…</source>
        <translation>Резервная копия этого хранилища ещё ни разу не создавалась: Хранилище › Резервная копия…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last backup is more than %n day(s) old (it was made on {0}): Store › Back up…</source>
        <translation>
            <numerusform>Последней резервной копии более %n дня (она создана {0}): Хранилище › Резервная копия…</numerusform>
            <numerusform>Последней резервной копии более %n дней (она создана {0}): Хранилище › Резервная копия…</numerusform>
            <numerusform>Последней резервной копии более %n дней (она создана {0}): Хранилище › Резервная копия…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_dialog.py" line="-186"/>
        <source>Brief of case {0}</source>
        <translation>Досье по делу {0}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The applicant&apos;s statement</source>
        <translation>Показания заявителя</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Brief</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anonymity order made</source>
        <translation>Постановление об анонимности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover says “anonymity order made”, and a court brief names the applicant by initials (as a public one does) on every page: cover, statement of truth, headings and bookmarks included.</source>
        <translation>На обложке указано «вынесено постановление об анонимности», а досье для суда, как и публичное, называет заявителя инициалами на каждой странице, включая обложку, заявление о достоверности показаний, заголовки и закладки.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Account {0} ({1})</source>
        <translation>Показания {0} ({1})</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also save a redaction log (internal)</source>
        <translation>Журнал обезличивания (внутренний)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was replaced where, with the originals: for the lawyer, never to be sent with the brief. Saved next to it as …-redaction-log.pdf.</source>
        <translation>Журнал обезличивания показывает, что и где заменено, вместе с исходными данными. Он для юриста: никогда не отправляйте его вместе с досье. Сохраняется рядом с досье как …-redaction-log.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Показания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>Профи&amp;ль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;aper:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the headings, labels, dates and pseudonyms; the case is printed as recorded</source>
        <translation>Язык заголовков, подписей, дат и псевдонимов; само дело печатается так, как оно записано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make brief</source>
        <translation>&amp;Составить досье</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The options changed: make the brief again.</source>
        <translation>Параметры изменились: составьте досье заново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the brief…</source>
        <translation>Составление досье…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting, laying out and verifying…</source>
        <translation>Обезличивание, вёрстка и проверка…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No brief was made.</source>
        <translation>Досье не составлено.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refused: {0} Nothing was written.</source>
        <translation>Отказано: {0} Ничего не записано.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+4"/>
        <source>The brief failed verification and cannot be saved.</source>
        <translation>Досье не прошло проверку и не может быть сохранено.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: the {0} profile needs one of these consents: {1}, but the consent was withdrawn. Record the consent or choose another profile. Nothing was written.</source>
        <translation>Отказано: для профиля «{0}» нужно одно из согласий: {1}, но согласие отозвано. Запишите согласие в деле или выберите другой профиль. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: the {0} profile needs one of these consents: {1}, and the case has none of them. Record the consent or choose another profile. Nothing was written.</source>
        <translation>Отказано: для профиля «{0}» нужно одно из согласий: {1}, а в деле нет ни одного из них. Запишите согласие в деле или выберите другой профиль. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The brief was not saved</source>
        <translation>Досье не сохранено</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/brief_preview.py" line="+28"/>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pages are shown here once the brief is made and verified.</source>
        <translation>Страницы появятся здесь, когда досье будет составлено и проверено.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/editor/case_dialog.py" line="+54"/>
        <source>Case {0}</source>
        <translation>Дело {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proceedings</source>
        <translation>Производства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+142"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>When the store locked on {0}, this case had changes that could not be saved yet. Take them up again?</source>
        <translation>Когда хранилище заблокировалось ({0}), в этом деле были изменения, которые ещё нельзя было сохранить. Вернуться к ним?</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n problem(s) to fix before the case can be saved</source>
        <translation>
            <numerusform>Перед сохранением дела нужно исправить %n ошибку</numerusform>
            <numerusform>Перед сохранением дела нужно исправить %n ошибки</numerusform>
            <numerusform>Перед сохранением дела нужно исправить %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>В этом деле есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list_page.py" line="+30"/>
        <source>Search every field, in any script: names, places, narratives…</source>
        <translation>Поиск по всем полям в любой письменности: имена, места, рассказы…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only cases with people at risk</source>
        <translation>Только дела с людьми под угрозой</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n case(s) match</source>
        <translation>
            <numerusform>Найдено %n дело</numerusform>
            <numerusform>Найдено %n дела</numerusform>
            <numerusform>Найдено %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(too many to rank: the most recently changed first; add a word to narrow the search)</source>
        <translation>(слишком много для ранжирования: сначала недавно изменённые; добавьте слово, чтобы сузить поиск)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+16"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two new passphrases differ.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="+34"/>
        <source>Resolve a conflict in %1</source>
        <translation>Разрешение конфликта в деле %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This %1 was changed here and by %2 since you last exchanged it. For each field, choose which version to keep.</source>
        <translation>Запись «%1» изменена и здесь, и у %2 после вашего последнего обмена. Для каждого поля выберите, какую версию оставить.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this store)</source>
        <translation>Моя версия (это хранилище)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (%1)</source>
        <translation>Их версия (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot save this choice</source>
        <translation>Не удаётся сохранить этот выбор</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <location line="+146"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts are waiting.</source>
        <translation>Нет конфликтов, ожидающих решения.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve…</source>
        <translation>Разрешить…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>case details</source>
        <translation>сведения о деле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — from %3 — %4</source>
        <translation>%1 — %2 — от %3 — %4</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location line="-54"/>
        <source>No consent to share</source>
        <translation>Нет согласия на передачу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person concerned has not consented to sharing these cases with partners: %1. Record the consent in the case, or send anyway and say why; the reason goes into the audit log.</source>
        <translation>Человек, о котором идёт речь, не давал согласия на передачу этих дел партнёрам: %1. Внесите согласие в дело или отправьте всё равно, указав причину; она будет записана в журнал аудита.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why these cases are sent without consent</source>
        <translation>Почему эти дела отправляются без согласия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
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
        <translation>Изменение контакта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ed25519:… (needed to recognise their bundles)</source>
        <translation>ed25519:… (нужен, чтобы узнавать пакеты этого человека)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I compared the fingerprint with this person, in person or by phone</source>
        <translation>Отпечаток сверен с этим человеком лично или по телефону</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Ключ получателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a signing key yet</source>
        <translation>это ещё не ключ подписи</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="+180"/>
        <source>Custody of exhibit {0}</source>
        <translation>История хранения приложения {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhibit {0}</source>
        <translation>Приложение {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(removed {0})</source>
        <translation>(удалено {0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256 at intake: {0}</source>
        <translation>SHA-256 при приёме: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole SHA-256 (the clipboard forgets it after a while)</source>
        <translation>Скопировать SHA-256 целиком (буфер обмена через некоторое время его забудет)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the audit log…</source>
        <translation>Проверка журнала аудита…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The audit log is damaged: {0}. This history cannot be relied on; restore the store from a backup.</source>
        <translation>Журнал аудита повреждён: {0}. На эту историю нельзя полагаться; восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log&apos;s chain is unbroken: no entry of this history has been altered or removed.</source>
        <translation>Цепочка журнала аудита цела: ни одна запись этой истории не изменена и не удалена.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence_window.py" line="+26"/>
        <source>Evidence files — {0}</source>
        <translation>Файлы доказательств — {0}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+66"/>
        <source>Drop files here, or click “Add files…”. They are encrypted into the store; every view, export and removal goes into the file&apos;s custody history.</source>
        <translation>Перетащите файлы сюда или нажмите «Добавить файлы…». Они шифруются в хранилище; каждый просмотр, экспорт и удаление записываются в историю хранения файла.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+493"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="-492"/>
        <location line="+492"/>
        <source>Export a copy…</source>
        <translation>Экспорт копии…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+492"/>
        <source>Open with another program…</source>
        <translation>Открыть в другой программе…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+492"/>
        <source>Custody history…</source>
        <translation>История хранения…</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+496"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Show removed files</source>
        <translation>Показать удалённые файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the copies now</source>
        <translation>Удалить копии сейчас</translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>Adding %n file(s)… Other actions on files wait until this is done.</source>
        <translation>
            <numerusform>Добавляется %n файл… Остальные действия с файлами подождут до завершения.</numerusform>
            <numerusform>Добавляются %n файла… Остальные действия с файлами подождут до завершения.</numerusform>
            <numerusform>Добавляется %n файлов… Остальные действия с файлами подождут до завершения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>Добавлен %n файл.</numerusform>
            <numerusform>Добавлено %n файла.</numerusform>
            <numerusform>Добавлено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: the file being added when you clicked Stop was not added.</source>
        <translation>Остановлено: файл, который добавлялся в момент нажатия «Остановить», не добавлен.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Exhibit {0} viewed.</source>
        <translation>Приложение {0} просмотрено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are being added</source>
        <translation>Идёт добавление файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the files being added are in the store (or click Stop), then try again.</source>
        <translation>Дождитесь, пока добавляемые файлы попадут в хранилище (или нажмите «Остановить»), и повторите попытку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export a copy</source>
        <translation>Экспорт копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Export it only to an encrypted disk or to hand it over, and delete it when it is no longer needed. The export goes into the file&apos;s custody history.</source>
        <translation>Копия НЕ будет зашифрована: её сможет прочитать любой, к кому попадёт файл или диск. Экспортируйте её только на зашифрованный диск или для передачи и удалите, когда она станет не нужна. Экспорт записывается в историю хранения файла.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export a copy of exhibit {0}</source>
        <translation>Экспорт копии приложения {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exhibit {0} exported to {1}; the copy&apos;s SHA-256 was checked.</source>
        <translation>Приложение {0} экспортировано в {1}; SHA-256 копии проверен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open with another program</source>
        <translation>Открыть в другой программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To open this file in another program, Casefile must write an unencrypted copy of it. That program may keep its own copies (recent files, thumbnails, backups) that Casefile cannot remove.

The copy is deleted when you click “Delete the copies now”, when you close this window, or when the store locks.

Open it anyway?</source>
        <translation>Чтобы открыть этот файл в другой программе, Casefile должен записать его незашифрованную копию. Та программа может сохранять собственные копии (недавние файлы, миниатюры, резервные копии), которые Casefile удалить не может.

Копия удаляется, когда вы нажимаете «Удалить копии сейчас», закрываете это окно или когда хранилище блокируется.

Всё равно открыть?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No program on this computer opens this kind of file; the copy was deleted.</source>
        <translation>На этом компьютере нет программы для файлов такого типа; копия удалена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unencrypted copies open in other programs: {0}
They are deleted when you click the button, close this window, or the store locks.</source>
        <translation>Незашифрованные копии, открытые в других программах: {0}
Они удаляются, когда вы нажимаете кнопку, закрываете это окно или когда хранилище блокируется.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exhibit {0} was removed; its custody history is kept.</source>
        <translation>Приложение {0} удалено; его история хранения сохранена.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mark as this person&apos;s photo</source>
        <translation>Отметить как фото этого человека</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an image recorded as being about a person can be their photo.</source>
        <translation>Фото человека может быть только изображение, записанное как относящееся к нему.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exhibit {0} is now this person&apos;s photo.</source>
        <translation>Приложение {0} теперь фото этого человека.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {0} is no longer a person&apos;s photo.</source>
        <translation>Приложение {0} больше не отмечено как фото человека.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add evidence files</source>
        <translation>Добавление файлов доказательств</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SHA-256 of exhibit {0} was copied.</source>
        <translation>SHA-256 приложения {0} скопирован.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="+21"/>
        <source>Exhibit {0}</source>
        <translation>Приложение {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>◀ Previous page</source>
        <translation>◀ Предыдущая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page ▶</source>
        <translation>Следующая ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a copy…</source>
        <translation>Экспорт копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with another program…</source>
        <translation>Открыть в другой программе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password). Export a copy, or open it with another program.</source>
        <translation>Этот PDF нельзя показать здесь (возможно, он повреждён или защищён паролем). Экспортируйте копию или откройте файл в другой программе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image cannot be shown here (its format is not one Casefile reads, or it is damaged). Export a copy, or open it with another program.</source>
        <translation>Это изображение нельзя показать здесь (Casefile не читает такой формат, или файл повреждён). Экспортируйте копию или откройте файл в другой программе.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
</context>
<context>
    <name>FacilitiesWindow</name>
    <message>
        <location filename="../../ui/facilities_window.py" line="+48"/>
        <location line="+172"/>
        <source>Facilities</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Search by any name, in any script</source>
        <translation>Поиск по любому названию, любой письменностью</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link places…</source>
        <translation>&amp;Связать места…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places written in cases that name a facility: link the ones you agree with</source>
        <translation>Места, записанные в делах, которые называют место содержания: свяжите те, с которыми вы согласны</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County:</source>
        <translation>Уезд:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture:</source>
        <translation>Округ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Координаты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names and aliases</source>
        <translation>Названия и другие названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No facility chosen</source>
        <translation>Место содержания не выбрано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases and events</source>
        <translation>Дела и события</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>alias</source>
        <translation>другое название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases and events that point to it: %n case(s)</source>
        <translation>
            <numerusform>Дела и события, связанные с ним: %n дело</numerusform>
            <numerusform>Дела и события, связанные с ним: %n дела</numerusform>
            <numerusform>Дела и события, связанные с ним: %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove facility</source>
        <translation>Удаление места содержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this facility from the registry? Cases keep their places as written.</source>
        <translation>Удалить это место содержания из реестра? В делах места останутся так, как записаны.</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <location filename="../../ui/facility_dialog.py" line="+37"/>
        <source>Edit facility</source>
        <translation>Изменение места содержания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New facility</source>
        <translation>Новое место содержания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One name per line, at most one in each script:
Xinyuan re-education camp
新源县职业技能教育培训中心</source>
        <translation>По одному названию в строке, не больше одного на каждой письменности:
Синьюаньский лагерь перевоспитания
新源县职业技能教育培训中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other names it is known by, one per line, any script</source>
        <translation>Другие названия, под которыми оно известно, по одному в строке, любой письменностью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 43.43</source>
        <translation>напр. 43.43</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 83.26</source>
        <translation>напр. 83.26</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names:</source>
        <translation>&amp;Названия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name per script; the script is read from the letters. Other spellings and names go under Aliases.</source>
        <translation>По одному названию на каждой письменности; письменность определяется по буквам. Другие написания и названия — в «Другие названия».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aliases:</source>
        <translation>Др&amp;угие названия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;County:</source>
        <translation>&amp;Уезд:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefecture:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Широта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Долгота:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <location filename="../../ui/facility_table_model.py" line="+17"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefecture</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/figures_dialog.py" line="+23"/>
        <source>Figures for reports</source>
        <translation>Статистика для отчётов</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table as a CSV file: counts, violations, places and years; no names and nothing else about a person</source>
        <translation>Таблица в виде файла CSV: числа, нарушения, места и годы; без имён и любых других сведений о человеке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count by</source>
        <translation>Считать по</translation>
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
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to count yet.</source>
        <translation>Пока нечего считать.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the figures to {0}: counts only, no personal data.</source>
        <translation>Статистика сохранена в {0}: только числа, без персональных данных.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="+18"/>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed cases</source>
        <translation>Удалённые дела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version is kept. Restoring one keeps the current version too.</source>
        <translation>Каждая сохранённая версия хранится. При восстановлении прежней версии текущая тоже остаётся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases that were removed, as they were last saved.</source>
        <translation>Удалённые дела в том виде, в каком они были сохранены последний раз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/editor/history_page.py" line="+17"/>
        <source>Who changed what, and when. The log keeps which fields changed, never their values; it cannot be edited.</source>
        <translation>Кто, что и когда изменил. Журнал хранит, какие поля изменились, но не их значения; изменить журнал нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history starts when the case is first saved.</source>
        <translation>История начинается с первого сохранения дела.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/address_book_dialog.py" line="+116"/>
        <source>My identity</source>
        <translation>Мои ключи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your recipient and signing key to colleagues; they are not secret. Read them the fingerprint by phone or in person so they can check it.</source>
        <translation>Передайте коллегам свой ключ получателя и ключ подписи — они не секретны. Продиктуйте коллегам отпечаток по телефону или при встрече, чтобы они могли его сверить.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Ключ получателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy recipient and signing key</source>
        <translation>Копировать ключ получателя и ключ подписи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialogs.py" line="-201"/>
        <source>Add %n evidence file(s)</source>
        <translation>
            <numerusform>Добавить %n файл доказательств</numerusform>
            <numerusform>Добавить %n файла доказательств</numerusform>
            <numerusform>Добавить %n файлов доказательств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files are encrypted into the store as they are, and their SHA-256 is recorded, so anyone can later check that an exhibit is the file received. The originals stay where they are; once the files are in the store, consider deleting the originals from this computer.</source>
        <translation>Файлы шифруются в хранилище без изменений, а их SHA-256 записывается, чтобы любой мог позже проверить, что приложение — это именно полученный файл. Оригиналы остаются на месте; когда файлы будут в хранилище, подумайте об удалении оригиналов с этого компьютера.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who gave it: the applicant, her sister, a lawyer, …</source>
        <translation>Кто передал: заявительница, её сестра, адвокат, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>От кого получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it is: detention notice, photo of the camp gate, …</source>
        <translation>Что это: уведомление о задержании, фото ворот лагеря, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to the store</source>
        <translation>Добавить в хранилище</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description of each file</source>
        <translation>Описание каждого файла</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Укажите дату в виде ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/language.py" line="+130"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System ({0})</source>
        <translation>Как в системе ({0})</translation>
    </message>
</context>
<context>
    <name>LinkPlacesDialog</name>
    <message>
        <location filename="../../ui/link_places_dialog.py" line="+21"/>
        <location line="+78"/>
        <source>Link places to facilities</source>
        <translation>Связать места с местами содержания</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>These places, as written in cases, name a facility of the registry. Tick the ones that are that facility and choose Link ticked. The text of the case is not changed; a link can be undone.</source>
        <translation>Эти места, как они записаны в делах, называют место содержания из реестра. Отметьте те, что действительно являются этим местом содержания, и нажмите «Связать отмеченные». Текст дела не меняется; связь можно отменить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place as written</source>
        <translation>Место, как записано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Link ticked</source>
        <translation>&amp;Связать отмеченные</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No place written in a case names a facility that it is not linked to.</source>
        <translation>Ни одно место, записанное в делах, не называет место содержания, с которым оно ещё не связано.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+90"/>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Открыть дело…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier &amp;versions…</source>
        <translation>Прежние &amp;версии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove case…</source>
        <translation>&amp;Удалить дело…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed cases…</source>
        <translation>Удалённые дела…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
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
        <translation>Добавить или обновить дела из документа обмена: всё или ничего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as plain JSON…</source>
        <translation>&amp;Экспорт в незашифрованный JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected cases, or every case when none is selected</source>
        <translation>Выбранные дела или все дела, если ничего не выбрано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence &amp;files…</source>
        <translation>&amp;Файлы доказательств…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected case&apos;s scans, photos and recordings</source>
        <translation>Сканы, фотографии и записи выбранного дела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Brief…</source>
        <translation>&amp;Досье…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A redacted PDF brief of the selected case, verified before it is saved</source>
        <translation>Обезличенное досье выбранного дела в PDF, проверяется перед сохранением</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every person across cases, links between them, and suggested links</source>
        <translation>Все люди из всех дел, связи между ними и предложенные связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;acilities…</source>
        <translation>&amp;Места содержания…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camps, prisons and detention centres by their names in every script, and the cases naming them</source>
        <translation>Лагеря, тюрьмы и центры содержания под стражей по их названиям на всех письменностях, и дела, в которых они названы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Store</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>Заблокировать &amp;сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the store; the passphrase is needed to open it again</source>
        <translation>Закрыть хранилище; чтобы открыть его снова, понадобится парольная фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock when &amp;idle…</source>
        <translation>&amp;Блокировка при простое…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить парольную &amp;фразу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check the store</source>
        <translation>&amp;Проверить хранилище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;due…</source>
        <translation>&amp;Сроки и заседания…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings and deadlines across all cases, and overdue deadlines</source>
        <translation>Заседания и сроки по всем делам, включая просроченные сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figures for reports…</source>
        <translation>&amp;Статистика для отчётов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts of cases, persons and events by violation, facility, region, year or status</source>
        <translation>Число дел, лиц и событий по нарушениям, местам содержания, регионам, годам или статусу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One encrypted file with every case, evidence file and the audit log</source>
        <translation>Один зашифрованный файл со всеми делами, файлами доказательств и журналом аудита</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casefile</source>
        <translation>&amp;О программе Casefile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved the brief to {0}.</source>
        <translation>Досье сохранено в {0}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove case</source>
        <translation>Удаление дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the case list? Its last version is kept and can be brought back from Cases › Removed cases.</source>
        <translation>Убрать {0} из списка дел? Последняя версия сохранится, её можно вернуть через Дела › Удалённые дела.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed {0}.</source>
        <translation>Удалено: {0}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remember on this computer</source>
        <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the store… {0}%</source>
        <translation>Проверка хранилища… {0}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store has problems</source>
        <translation>В хранилище обнаружены проблемы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is whole</source>
        <translation>Хранилище цело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every encrypted page, the database structure, every evidence file&apos;s SHA-256 and the audit log check out.</source>
        <translation>Все зашифрованные страницы, структура базы данных, SHA-256 каждого файла доказательств и журнал аудита в порядке.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check failed</source>
        <translation>Проверка не удалась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the store…</source>
        <translation>Проверка хранилища…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backed up and verified: {0}.</source>
        <translation>Резервная копия создана и проверена: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup was written</source>
        <translation>Резервная копия не создана</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="+26"/>
        <source>New Casefile store</source>
        <translation>Новое хранилище Casefile</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>A new, empty folder</source>
        <translation>Новая пустая папка</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name the store&apos;s audit log records for your changes.</source>
        <translation>Имя, под которым журнал аудита хранилища записывает ваши изменения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several unrelated words are strong and easy to remember.</source>
        <translation>Несколько не связанных между собой слов — надёжно и легко запомнить.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a new, empty folder for the store.</source>
        <translation>Выберите для хранилища новую пустую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the store…</source>
        <translation>Создание хранилища…</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <location filename="../../ui/unlock_widgets.py" line="+98"/>
        <source>Updating this store for this version of Casefile. This is done once; for a large store it takes a few minutes. Keep Casefile open.</source>
        <translation>Хранилище обновляется для этой версии Casefile. Это делается один раз; для большого хранилища это займёт несколько минут. Не закрывайте Casefile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuilding the search index for this version: %1 of %2 cases. This is done once; keep Casefile open.</source>
        <translation>Поисковый индекс перестраивается для этой версии (обработано дел: %1 из %2). Это делается один раз; не закрывайте Casefile.</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../ui/people_window.py" line="+144"/>
        <location line="+35"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Search names in any script: Nurlan, Нұрлан, نۇرلان…</source>
        <translation>Поиск по именам в любой письменности: Nurlan, Нұрлан, نۇرلان…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Suggested links</source>
        <translation>Предложенные связи</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n person(s) match</source>
        <translation>
            <numerusform>Найден %n человек</numerusform>
            <numerusform>Найдено %n человека</numerusform>
            <numerusform>Найдено %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../ui/person_panel.py" line="+80"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key in the case</source>
        <translation>Ключ в деле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a case to open it.</source>
        <translation>Дважды щёлкните по делу, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Разорвать связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person of this case is not the same real person as the others</source>
        <translation>Это лицо в этом деле — не тот же человек, что остальные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link: the same person</source>
        <translation>Связать: это один человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Appears in</source>
        <translation>Упоминается в делах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested links to review</source>
        <translation>Предложенные связи для проверки</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a person in the list.</source>
        <translation>Выберите человека в списке.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At risk in case {0}: protected in every brief and bundle of every case above.</source>
        <translation>Под угрозой в деле {0}: данные защищены в каждом досье и пакете всех дел выше.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for suggested links…</source>
        <translation>Поиск предложенных связей…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No links are suggested for this person.</source>
        <translation>Для этого человека связей не предложено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link only when you are sure: briefs then treat them as one.</source>
        <translation>Связывайте, только если уверены: досье будут считать их одним человеком.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="-55"/>
        <source>Receive a bundle</source>
        <translation>Получение пакета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 (in your address book%2).</source>
        <translation>От %1 (есть в вашей адресной книге%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, fingerprint checked in person</source>
        <translation>, отпечаток сверен лично</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From an UNKNOWN key that calls itself %1. Accept only if the sender reads you the same fingerprint, by phone or in person:</source>
        <translation>От НЕИЗВЕСТНОГО ключа, назвавшегося %1. Принимайте, только если отправитель продиктует вам тот же отпечаток по телефону или лично:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cases: %1</source>
        <translation>Дела: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle was received before; receiving it again changes nothing.</source>
        <translation>Этот пакет уже был получен; повторное получение ничего не изменит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and merge</source>
        <translation>Принять и объединить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation>Отклонить</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+157"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+20"/>
        <source>(missing: {0})</source>
        <translation>(отсутствует: {0})</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/editor/records_page.py" line="+24"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/new_store_dialog.py" line="+32"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this recovery key down on paper now and keep it apart from this laptop. It opens the store if the passphrase is forgotten. It is shown only this once. Anyone who has it and the store can read every case.</source>
        <translation>Запишите этот ключ восстановления на бумаге прямо сейчас и храните отдельно от этого ноутбука. Он открывает хранилище, если парольная фраза забыта. Ключ показывается только один раз. Любой, у кого есть ключ и хранилище, может прочитать все дела.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have written the recovery key down (or printed it).</source>
        <translation>Ключ восстановления записан (или распечатан).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On paper only, not to a file. The page passes through this computer&apos;s print queue.</source>
        <translation>Только на бумагу, не в файл. Страница пройдёт через очередь печати этого компьютера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer is set up on this computer.</source>
        <translation>На этом компьютере не настроен принтер.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="+19"/>
        <source>Remove evidence file</source>
        <translation>Удаление файла доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove exhibit {0} ({1}) for good?

Its content is deleted from the store and cannot be recovered, not even from a copy of the store made afterwards. Its number, size and SHA-256 stay in the custody record, with the reason you give here.</source>
        <translation>Удалить приложение {0} ({1}) безвозвратно?

Его содержимое будет удалено из хранилища, и восстановить его будет нельзя, даже из копии хранилища, сделанной позже. Его номер, размер и SHA-256 останутся в записи о хранении вместе с причиной, которую вы укажете здесь.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: attached to the wrong case; a duplicate of exhibit 3</source>
        <translation>Например: прикреплён не к тому делу; дубликат приложения 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove for good</source>
        <translation>Удалить безвозвратно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="+35"/>
        <location line="+44"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>A backup becomes a new store in a folder of its own; the store it was made from is not touched. It opens with that store&apos;s passphrase or recovery key.</source>
        <translation>Из резервной копии создаётся новое хранилище в отдельной папке; хранилище, с которого она была снята, не затрагивается. Новое хранилище открывается парольной фразой или ключом восстановления исходного.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file (.cfbackup)</source>
        <translation>Файл резервной копии (.cfbackup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+43"/>
        <source>A new, empty folder</source>
        <translation>Новая пустая папка</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup:</source>
        <translation>Резервная копия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New store folder:</source>
        <translation>Папка нового хранилища:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with:</source>
        <translation>Чем открыть:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Casefile backups (*.cfbackup)</source>
        <translation>Резервные копии Casefile (*.cfbackup)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the backup file and a new folder for the store.</source>
        <translation>Выберите файл резервной копии и новую папку для хранилища.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Введите парольную фразу или ключ восстановления.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/editor/rows.py" line="+50"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../ui/unlock_widgets.py" line="-78"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/sharing_dialogs.py" line="-71"/>
        <source>Send cases</source>
        <translation>Отправка дел</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>only to send cases without consent to share; goes into the audit log</source>
        <translation>если у дел нет согласия на передачу; пишется в журнал аудита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or recipient</source>
        <translation>Или ключ получателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override consent, reason</source>
        <translation>Без согласия — причина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send…</source>
        <translation>Отправить…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/strength_meter.py" line="+22"/>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message>
        <location filename="../../ui/people_window.py" line="-216"/>
        <source>Casefile compares every person with the persons of other cases and lists the likely pairs, best first. Nothing is linked until you say so.</source>
        <translation>Casefile сравнивает каждого человека с людьми из других дел и показывает вероятные пары, самые вероятные сначала. Ничего не связывается без вашего решения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find suggested links</source>
        <translation>Найти предложенные связи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>Тот же человек, что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link: the same person</source>
        <translation>Связать: это один человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Comparing people…</source>
        <translation>Сравнение людей…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing people… {0}%</source>
        <translation>Сравнение людей… {0} %</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+28"/>
        <source>%n suggested link(s) to review</source>
        <translation>
            <numerusform>%n предложенная связь для проверки</numerusform>
            <numerusform>%n предложенные связи для проверки</numerusform>
            <numerusform>%n предложенных связей для проверки</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="+97"/>
        <source>Another Casefile is writing to this store; waiting up to {0} seconds…</source>
        <translation>В это хранилище записывает другой экземпляр Casefile; ожидание до {0} с…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="+28"/>
        <source>Open a Casefile store</source>
        <translation>Открыть хранилище Casefile</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>The folder of the store</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember on this computer (its keyring opens the store at start-up)</source>
        <translation>Запомнить на этом компьютере (связка ключей системы откроет хранилище при запуске)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure keyring.</source>
        <translation>На этом компьютере нет защищённой связки ключей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New store…</source>
        <translation>Новое хранилище…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with</source>
        <translation>Чем открыть</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the folder of the store.</source>
        <translation>Выберите папку хранилища.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Введите парольную фразу или ключ восстановления.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+5"/>
        <source>{0}: no such file.</source>
        <translation>{0}: файл не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: permission denied.</source>
        <translation>{0}: доступ запрещён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Nothing was changed.</source>
        <translation>{0}. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Casefile failed unexpectedly ({0}). Nothing was changed by the failed step. Please report what you did, without any case data.</source>
        <translation>Непредвиденная ошибка Casefile ({0}). Неудавшийся шаг ничего не изменил. Сообщите, пожалуйста, что вы делали, не указывая никаких данных дел.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="+25"/>
        <source>There is no Casefile store at {path}.</source>
        <translation>По адресу {path} нет хранилища Casefile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Casefile store.</source>
        <translation>{path} — не хранилище Casefile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Casefile store: {file} is empty. Nothing was changed.</source>
        <translation>{path} — не хранилище Casefile: файл {file} пуст. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not empty. Choose a new folder for the store.</source>
        <translation>{path} уже существует и не пуста. Выберите для хранилища новую папку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} belongs to another user, so Casefile cannot make it private. Choose a folder of your own for the store.</source>
        <translation>{path} принадлежит другому пользователю, поэтому Casefile не может закрыть к ней доступ. Выберите для хранилища свою папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be decrypted: the file is damaged, or the key file belongs to another store. Nothing was changed; restore the store from a backup.</source>
        <translation>Файл {file} не удаётся расшифровать: он повреждён, или файл ключей относится к другому хранилищу. Ничего не изменено; восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store was made by a newer version of Casefile. Update Casefile to open it.</source>
        <translation>Это хранилище создано более новой версией Casefile. Обновите Casefile, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Casefile is writing to this store. Nothing was changed; try again when it has finished.</source>
        <translation>В это хранилище сейчас записывает другая копия Casefile. Ничего не изменено; повторите, когда она закончит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {file} is missing from {folder}. Restore it from your backup of the store; without it the store cannot be opened.</source>
        <translation>В папке {folder} нет файла ключей {file}. Восстановите его из резервной копии хранилища: без него хранилище не открыть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file {file} in {folder} is damaged or has been tampered with. Restore it from your backup.</source>
        <translation>Файл ключей {file} в папке {folder} повреждён или подделан. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file {file} is damaged or has been tampered with: its passphrase settings are outside the bounds Casefile accepts. Restore it from your backup.</source>
        <translation>Файл ключей {file} повреждён или подделан: его настройки парольной фразы выходят за допустимые для Casefile пределы. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file has no passphrase entry. Use the recovery key.</source>
        <translation>В файле ключей нет записи для парольной фразы. Воспользуйтесь ключом восстановления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file has no recovery entry.</source>
        <translation>В файле ключей нет записи для ключа восстановления.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file in {path} belongs to another store.</source>
        <translation>Файл ключей в {path} относится к другому хранилищу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file does not match the open store.</source>
        <translation>Файл ключей не соответствует открытому хранилищу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This passphrase is too weak. Use at least 10 characters; several unrelated words are easiest to remember.</source>
        <translation>Эта парольная фраза слишком слабая. Используйте не меньше 10 символов; проще всего запомнить несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key is wrong.</source>
        <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a recovery key: it has 32 letters and digits in eight groups of four.</source>
        <translation>Это не ключ восстановления: в нём 32 буквы и цифры, восемь групп по четыре.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key remembered on this device does not open this store.</source>
        <translation>Ключ, запомненный на этом компьютере, не открывает это хранилище.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure keyring, so the store cannot be remembered here.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей, поэтому запомнить здесь хранилище нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Остановлено. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That version is not in this store.</source>
        <translation>Этой версии нет в хранилище.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a complete Casefile backup: it is damaged, truncated or altered. Nothing was written.</source>
        <translation>{path} — неполная резервная копия Casefile: она повреждена, обрезана или изменена. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy of the database did not check out, so no backup was written. Run Check the store, then try again.</source>
        <translation>Копия базы данных не прошла проверку, поэтому резервная копия не записана. Выполните «Проверить хранилище» и повторите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup cannot be written inside the store&apos;s own folder. Choose another place.</source>
        <translation>Резервную копию нельзя записать в папку самого хранилища. Выберите другое место.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not a Casefile backup. Choose another name.</source>
        <translation>{path} уже существует и не является резервной копией Casefile. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space in {folder} for a backup of this store.</source>
        <translation>В папке {folder} недостаточно свободного места для резервной копии этого хранилища.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup file at {path}.</source>
        <translation>По адресу {path} нет файла резервной копии.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file beside the store belongs to another store. No backup was written.</source>
        <translation>Файл ключей рядом с хранилищем относится к другому хранилищу. Резервная копия не записана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was made by a newer version of Casefile (backup format {version}). Update Casefile to restore it. Nothing was written.</source>
        <translation>{path} создан более новой версией Casefile (формат резервной копии {version}). Обновите Casefile, чтобы восстановить его. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} already exists and is not empty. Choose a new folder for the restored store.</source>
        <translation>{folder} уже существует и не пуста. Выберите новую папку для восстановленного хранилища.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space in {folder} to restore this backup.</source>
        <translation>В папке {folder} недостаточно свободного места, чтобы восстановить эту резервную копию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase or the recovery key of the backed-up store is needed.</source>
        <translation>Нужна парольная фраза или ключ восстановления того хранилища, с которого снята резервная копия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no case {ref} in this store.</source>
        <translation>В этом хранилище нет дела {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference {ref} is already used by another case in this store.</source>
        <translation>Номер {ref} уже занят другим делом в этом хранилище.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {ref} has no person, account or event with the id {id}.</source>
        <translation>В деле {ref} нет человека, показаний или события с идентификатором {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That person is in no case of this store.</source>
        <translation>Этого человека нет ни в одном деле хранилища.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a person as CASE/KEY, a case reference and the person&apos;s key within it, not &apos;{name}&apos;.</source>
        <translation>Укажите человека как ДЕЛО/КЛЮЧ — номер дела и ключ человека в нём, а не «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {ref} has no person with the key {key}.</source>
        <translation>В деле {ref} нет человека с ключом {key}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be linked to itself.</source>
        <translation>Человека нельзя связать с самим собой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} and {b} would be one person twice in case {ref}, so they cannot be linked.</source>
        <translation>{a} и {b} оказались бы одним человеком, дважды упомянутым в деле {ref}, поэтому их нельзя связать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} is not linked to anyone.</source>
        <translation>{person} ни с кем не связан(а).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be told apart from itself.</source>
        <translation>Человека нельзя отличить от самого себя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} and {b} are linked; unlink one of them first.</source>
        <translation>{a} и {b} связаны; сначала отвяжите одного из них.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {exhibit} is not recorded for a person, so it cannot be a person&apos;s photo.</source>
        <translation>Приложение {exhibit} не относится к человеку, поэтому не может быть его фотографией.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facility was not saved: it is not valid ({problem}).</source>
        <translation>Место содержания не сохранено: данные некорректны ({problem}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such facility in this store.</source>
        <translation>В этом хранилище нет такого места содержания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events point to this facility ({count}); unlink them before removing it.</source>
        <translation>С этим местом содержания связаны события ({count}); отвяжите их, прежде чем удалять его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case {ref} has no such event.</source>
        <translation>В деле {ref} нет такого события.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event points to no facility; there is nothing to unlink.</source>
        <translation>Это событие не связано ни с каким местом содержания; отвязывать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no evidence file {id} in this store.</source>
        <translation>В этом хранилище нет файла доказательств {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such evidence file in this store.</source>
        <translation>В этом хранилище нет такого файла доказательств.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no evidence files in this store.</source>
        <translation>В этом хранилище нет файлов доказательств.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {part} of this file is missing from the store.</source>
        <translation>Часть {part} этого файла отсутствует в хранилище.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough free disk space to attach a file of {size_bytes}: it needs about {needed_bytes} while it is being added, and {free_bytes} is free. Nothing was added.</source>
        <translation>Недостаточно места на диске, чтобы приложить файл размером {size_bytes}: при добавлении ему нужно около {needed_bytes}, а свободно {free_bytes}. Ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{date}&apos; is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«{date}» — не дата; запишите её как ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a file. Attach files one at a time.</source>
        <translation>{path} — не файл. Прикладывайте файлы по одному.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content of {file} does not match the SHA-256 and size it came with: it was altered or damaged on the way. Nothing was added.</source>
        <translation>Содержимое {file} не совпадает с SHA-256 и размером, с которыми он пришёл: его изменили или повредили в пути. Ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is {size_bytes}, too large to show here.</source>
        <translation>Размер этого файла {size_bytes} — слишком большой, чтобы показать его здесь.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} no longer has the SHA-256 recorded at intake; it was not exported.</source>
        <translation>SHA-256 файла {file} больше не совпадает с записанным при приёме; файл не экспортирован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} changed while it was being attached. Nothing was added; attach it again once nothing is writing to it.</source>
        <translation>{file} изменился, пока его прикладывали. Ничего не добавлено; приложите его снова, когда в него никто не будет записывать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence file {id} was removed from this store; it is not added again.</source>
        <translation>Файл доказательств {id} был удалён из этого хранилища; повторно он не добавляется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence file {id} is already in this store with other content or in another case.</source>
        <translation>Файл доказательств {id} уже есть в этом хранилище — с другим содержимым или в другом деле.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact needs a name.</source>
        <translation>У контакта должно быть имя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a contact named {name}. Choose another name.</source>
        <translation>Контакт с именем {name} уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That signing key is already in the address book as {name}.</source>
        <translation>Этот ключ подписи уже есть в адресной книге — у контакта {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no contact named {name}.</source>
        <translation>Контакта с именем {name} нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spec} is neither an age recipient (age1…) nor a name in the address book.</source>
        <translation>{spec} — не получатель age (age1…) и не имя из адресной книги.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an age recipient (they start with age1).</source>
        <translation>Это не получатель age (такие ключи начинаются с age1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a signing key. It looks like ed25519:… (44 characters after the colon).</source>
        <translation>Это не ключ подписи. Он выглядит как ed25519:… (44 символа после двоеточия).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at least one case to send.</source>
        <translation>Укажите хотя бы одно дело для отправки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Name at least one recipient.</source>
        <translation>Укажите хотя бы одного получателя.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No consent to share with partners for {cases}. Nothing was sent. Record the consent in the case, or override with a reason (it goes into the audit log).</source>
        <translation>Нет согласия на передачу партнёрским организациям для: {cases}. Ничего не отправлено. Запишите согласие в деле или отмените проверку, указав причину (она попадёт в журнал аудита).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That conflict has already been resolved.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file of this bundle was lost before it could be added. Nothing was changed.</source>
        <translation>Файл из этого пакета потерялся, прежде чем его удалось добавить. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle carries evidence files, which this version of Casefile cannot store yet. Nothing was changed.</source>
        <translation>В этом пакете есть файлы доказательств, а эта версия Casefile пока не может сохранить их в хранилище. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle file changed while it was being received. Nothing was changed; receive it again.</source>
        <translation>Файл пакета изменился во время получения. Ничего не изменено; получите его заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle&apos;s case {ref} uses a reference that another case in this store already has. Rename one of them and receive again. Nothing was changed.</source>
        <translation>Дело {ref} из пакета имеет номер, который уже занят другим делом в этом хранилище. Переименуйте одно из них и получите пакет снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough free disk space for this bundle&apos;s evidence files: they need about {needed_bytes} and {free_bytes} is free. The bundle was refused; nothing was changed.</source>
        <translation>Недостаточно места на диске для файлов доказательств из этого пакета: нужно около {needed_bytes}, а свободно {free_bytes}. Пакет отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was made by another version of Casefile. Update Casefile, or ask the sender to make it with the version you have. It was refused; nothing was changed.</source>
        <translation>Этот пакет создан другой версией Casefile. Обновите Casefile или попросите отправителя сделать пакет в той версии, что у вас. Пакет отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store&apos;s own key for opening bundles is damaged, so no bundle can be received. Restore the store from a backup. Nothing was changed.</source>
        <translation>Собственный ключ этого хранилища для открытия пакетов повреждён, поэтому принять пакет нельзя. Восстановите хранилище из резервной копии. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was signed by a key that is not in your address book: {fingerprint} (it calls itself &apos;{name}&apos;). Compare the fingerprint with the sender, by phone or in person, before you accept it. Nothing was changed.</source>
        <translation>Этот пакет подписан ключом, которого нет в вашей адресной книге: {fingerprint} (отправитель называет себя «{name}»). Прежде чем принять его, сверьте отпечаток с отправителем по телефону или лично. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cases in this bundle are not valid ({problem}). It was refused; nothing was changed.</source>
        <translation>Дела в этом пакете некорректны ({problem}). Пакет отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was not addressed to you. It was refused; nothing was changed.</source>
        <translation>Этот пакет адресован не вам. Он отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle is not signed. It was refused: its sender cannot be known.</source>
        <translation>Этот пакет не подписан. Он отклонён: отправителя невозможно установить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle&apos;s signature does not match its content: it was altered or forged. It was refused.</source>
        <translation>Подпись этого пакета не соответствует его содержимому: его изменили или подделали. Он отклонён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You refused this bundle. Nothing was changed.</source>
        <translation>Вы отклонили этот пакет. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases in this bundle are not valid or could not be merged. It was refused; nothing was changed.</source>
        <translation>Дела в этом пакете некорректны или не могут быть объединены. Пакет отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle is damaged: cut off, altered or unreadable. It was refused; nothing was changed.</source>
        <translation>Этот пакет повреждён: обрезан, изменён или не читается. Он отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a Casefile bundle. It was refused.</source>
        <translation>Этот файл — не пакет Casefile. Он отклонён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle holds something a bundle may not hold. It was refused; nothing was changed.</source>
        <translation>В этом пакете есть то, чего в пакете быть не может. Он отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recipient&apos;s key or a signing key is not valid.</source>
        <translation>Ключ получателя или ключ подписи недействителен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An evidence file no longer matches its recorded size and SHA-256. No bundle was written.</source>
        <translation>Файл доказательств больше не совпадает с записанными размером и SHA-256. Пакет не записан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle could not be written. Nothing was sent.</source>
        <translation>Не удалось записать пакет. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the PDF took longer than {seconds} seconds; Casefile stopped and cannot say it is free of leaks.</source>
        <translation>Проверка PDF заняла больше допустимого времени (секунд: {seconds}); Casefile остановил её и не может утверждать, что утечек нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF&apos;s streams decompress to more than {limit_bytes} in all (it may be a compression bomb); Casefile cannot check it.</source>
        <translation>Потоки PDF после распаковки занимают в сумме больше {limit_bytes} (возможно, это «zip-бомба»); Casefile не может проверить этот файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stream in the PDF decompresses to more than {limit_bytes} (it may be a compression bomb); Casefile cannot check it.</source>
        <translation>Один из потоков PDF после распаковки больше {limit_bytes} (возможно, это «zip-бомба»); Casefile не может проверить этот файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF has more than {count} objects; Casefile cannot check it.</source>
        <translation>В PDF больше объектов, чем допустимо (предел: {count}); Casefile не может проверить этот файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is damaged or uses features the text extractors cannot read; Casefile cannot check it.</source>
        <translation>PDF повреждён или использует возможности, которые программы извлечения текста не читают; Casefile не может проверить этот файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is larger than {limit_bytes}; Casefile cannot check it.</source>
        <translation>PDF больше допустимого размера ({limit_bytes}); Casefile не может проверить этот файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PDF; Casefile cannot check it.</source>
        <translation>Этот файл не PDF; Casefile не может его проверить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is password-protected (encrypted); Casefile cannot check it.</source>
        <translation>PDF защищён паролем (зашифрован); Casefile не может проверить этот файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF has more than {count} revisions; Casefile cannot check it.</source>
        <translation>В PDF больше редакций, чем допустимо (предел: {count}); Casefile не может проверить этот файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Casefile refused this step. Nothing was changed. The reason, in English:</source>
        <translation>Casefile отказался выполнить этот шаг. Ничего не изменено. Причина (на английском):</translation>
    </message>
</context>
<context>
    <name>guards</name>
    <message>
        <location filename="../../ui/guards.py" line="+26"/>
        <source>Lock when idle</source>
        <translation>Блокировка при простое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the store after this many minutes without a key press or mouse movement:</source>
        <translation>Блокировать хранилище, если столько минут не нажимались клавиши и не двигалась мышь:</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>required field is missing</source>
        <translation>обязательное поле не заполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a string</source>
        <translation>не текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not true or false</source>
        <translation>не «да» и не «нет»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a list</source>
        <translation>не список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a UUID</source>
        <translation>не является UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«{value}» — не из допустимых значений: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a two-letter country code (ISO 3166-1, e.g. CN, KZ)</source>
        <translation>не двухбуквенный код страны (ISO 3166-1, например CN, KZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>не дата вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month must be 01 to 12</source>
        <translation>месяц должен быть от 01 до 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such day</source>
        <translation>такого дня нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year</source>
        <translation>не год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date and the year of birth disagree</source>
        <translation>дата и год рождения не совпадают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end must be after start</source>
        <translation>конец должен быть позже начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end is before start</source>
        <translation>конец раньше начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no person with key &apos;{key}&apos;</source>
        <translation>нет человека с ключом «{key}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account with key &apos;{key}&apos;</source>
        <translation>нет показаний с ключом «{key}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source with key &apos;{key}&apos;</source>
        <translation>нет источника с ключом «{key}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is used twice</source>
        <translation>«{key}» использован дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names a person twice</source>
        <translation>называет одного человека дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name is given twice</source>
        <translation>одно и то же имя указано дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same id is used by two records</source>
        <translation>один и тот же идентификатор у двух записей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude go together</source>
        <translation>широта и долгота указываются вместе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a version hash (64 lowercase hexadecimal digits)</source>
        <translation>не хеш версии (64 шестнадцатеричные цифры в нижнем регистре)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date and time (ISO 8601, e.g. 2026-03-01T10:00:00+00:00)</source>
        <translation>не дата и время (ISO 8601, например 2026-03-01T10:00:00+00:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no time zone (e.g. +00:00)</source>
        <translation>не указан часовой пояс (например, +00:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not between {low} and {high}</source>
        <translation>вне допустимых пределов (от {low} до {high})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two names in {script} (make one of them an alias)</source>
        <translation>два названия в одной письменности ({script}); сделайте одно из них другим названием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the text ({n} characters)</source>
        <translation>за концом текста (символов в тексте: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is written in {script} letters, not {was}; stored as {script}</source>
        <translation>письменность имени — {script}, а не {was}; сохранено с письменностью: {script}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be {n} or more</source>
        <translation>должно быть не меньше {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: {choices}</source>
        <translation>допустимые значения: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many items: {m}; at most {n} are allowed</source>
        <translation>слишком много элементов: {m} (допускается не больше {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few items: {m}; at least {n} are needed</source>
        <translation>слишком мало элементов: {m} (нужно не меньше {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long: at most {n} characters are allowed</source>
        <translation>слишком длинный текст (допускается не больше {n} симв.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long: {m}; at most {n} are allowed</source>
        <translation>слишком длинное значение: {m} (допускается не больше {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested too deep (more than {n} levels)</source>
        <translation>слишком глубокая вложенность (предел уровней: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a field name that is not valid</source>
        <translation>содержит недопустимое имя поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text is too long: {n} characters, the limit is {m}</source>
        <translation>слишком длинный текст (символов: {n}, предел: {m})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains a lone surrogate (\u escape), which is not text</source>
        <translation>содержит одиночный суррогат (экранирование \u), а это не текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a &apos;{value}&apos; document</source>
        <translation>не документ формата «{value}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version {value} is not supported (this application reads version {n})</source>
        <translation>версия {value} не поддерживается (программа читает версию {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cases are given twice in the document</source>
        <translation>дела указаны в документе дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many cases in one document (the limit is {n})</source>
        <translation>слишком много дел в одном документе (предел: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this case is larger than the limit of {size} for one case</source>
        <translation>дело больше предельного размера одного дела ({size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is also the reference of {other}</source>
        <translation>номер «{value}» есть и у {other}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is already the reference of another case in this store (with another id)</source>
        <translation>номер «{value}» уже занят другим делом в этом хранилище (с другим идентификатором)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no person of the document or of this store has this id</source>
        <translation>ни в документе, ни в этом хранилище нет человека с таким идентификатором</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no facility of the document or of this store has this id</source>
        <translation>ни в документе, ни в этом хранилище нет места содержания с таким идентификатором</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document is not a JSON object</source>
        <translation>документ не является объектом JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document is not valid UTF-8 JSON</source>
        <translation>документ не является корректным JSON в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is not valid UTF-8 JSON (line {line}, column {column})</source>
        <translation>документ не является корректным JSON в кодировке UTF-8 (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not valid UTF-8 JSON (near byte {n})</source>
        <translation>{file} — не корректный JSON в кодировке UTF-8 (ошибка около байта {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is larger than the limit of {size}</source>
        <translation>документ больше допустимого размера ({size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than the limit of {size} for a document</source>
        <translation>{file} больше допустимого размера документа ({size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the fields of the document other than the cases are larger than the limit of {size}</source>
        <translation>поля документа, кроме дел, больше допустимого размера ({size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is nested too deep (more than {n} levels)</source>
        <translation>документ вложен слишком глубоко (предел уровней: {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document has a field name that is not valid</source>
        <translation>в документе есть недопустимое имя поля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case {ref}, event {key}: no facility of the document or of this store has the id of its place</source>
        <translation>дело {ref}, событие {key}: ни в документе, ни в этом хранилище нет места содержания с идентификатором, указанным в месте события</translation>
    </message>
</context>
<context>
    <name>swap</name>
    <message>
        <location filename="../../ui/swap_notice.py" line="+16"/>
        <source>Swap is not encrypted</source>
        <translation>Подкачка не зашифрована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s swap ({0}) is not encrypted. The system may write what Casefile holds in memory there, names and the store&apos;s key included, and it can be read from the disk later, for example when the laptop is searched.

To fix it, keep swap on an encrypted volume (as with full-disk encryption), give it a random key in /etc/crypttab (cryptswap), or use zram instead of swap on disk. This is said only once.</source>
        <translation>Подкачка этого компьютера ({0}) не зашифрована. Система может записать туда то, что Casefile держит в памяти, в том числе имена и ключ хранилища, и позже это можно прочитать с диска, например при досмотре ноутбука.

Как исправить: разместите подкачку на зашифрованном томе (как при полном шифровании диска), задайте ей случайный ключ в /etc/crypttab (cryptswap) или используйте zram вместо подкачки на диске. Это сообщение показывается только один раз.</translation>
    </message>
</context>
</TS>
