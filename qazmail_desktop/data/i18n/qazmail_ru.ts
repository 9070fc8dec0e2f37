<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="58"/>
        <source>Mail password</source>
        <translation>Пароль почты</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="60"/>
        <source>Password of %1 at %2:</source>
        <translation>Пароль %1 на %2:</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="66"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="68"/>
        <source>Remember for this session</source>
        <translation>Запомнить до конца сеанса</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../ui/dialogs.py" line="39"/>
        <source>Add mail account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="39"/>
        <source>Account settings</source>
        <translation>Настройки учётной записи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41"/>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>Account name:</source>
        <translation>Имя учётной записи:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="51"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>IMAP server:</source>
        <translation>Сервер IMAP:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>IMAP port:</source>
        <translation>Порт IMAP:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>SMTP server:</source>
        <translation>Сервер SMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="67"/>
        <source>SMTP port:</source>
        <translation>Порт SMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>SMTP security:</source>
        <translation>Защита SMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="87"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="110"/>
        <source>Insecure</source>
        <translation>Небезопасно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="110"/>
        <source>Plain text is allowed for loopback only.</source>
        <translation>Без шифрования можно подключаться только к локальному серверу.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>Missing</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>Give an account name and an e-mail address.</source>
        <translation>Укажите имя учётной записи и адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <source>Exists</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <source>An account with this name exists.</source>
        <translation>Учётная запись с таким именем уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="140"/>
        <source>No keyring</source>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142"/>
        <source>This system has no keyring: the password is kept for this session only and asked again later.</source>
        <translation>В системе нет хранилища паролей: пароль сохранён только на этот сеанс и будет запрошен позже.</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../ui/addressbook.py" line="31"/>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="34"/>
        <source>Find by name, e-mail, company, IIN or BIN</source>
        <translation>Поиск по имени, e-mail, организации, ИИН или БИН</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="35"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="40"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="42"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="43"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="44"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="45"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="46"/>
        <source>Last letter</source>
        <translation>Последнее письмо</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="47"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="49"/>
        <source>Correspondents</source>
        <translation>Корреспонденты</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="54"/>
        <source>&amp;Write letter</source>
        <translation>&amp;Написать письмо</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="57"/>
        <source>Reading the letters…</source>
        <translation>Читаются письма…</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="69"/>
        <source>The letters could not be read: %1</source>
        <translation>Не удалось прочитать письма: %1</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="96"/>
        <source>SHA-256 of the certificates:</source>
        <translation>SHA-256 сертификатов:</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="109"/>
        <source>signed a document that %1 sent</source>
        <translation>подписал(а) документ, который прислал(а) %1</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="110"/>
        <source>signed a letter from %1 with a certificate for another address</source>
        <translation>подписал(а) письмо от %1 сертификатом на другой адрес</translation>
    </message>
    <message>
        <location filename="../../ui/addressbook.py" line="111"/>
        <source>signed a letter from %1, but the signature is not valid</source>
        <translation>подписал(а) письмо от %1, но подпись недействительна</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Drawing the first page…</source>
        <translation type="vanished">Рисуется первая страница…</translation>
    </message>
    <message>
        <source>No preview for this kind of file: use Open or Save… to see it.</source>
        <translation type="vanished">Для файлов этого вида нет просмотра: откройте или сохраните его.</translation>
    </message>
    <message>
        <source>the file is not a readable PDF</source>
        <translation type="vanished">файл не является читаемым PDF</translation>
    </message>
    <message>
        <source>the PDF is locked with a password</source>
        <translation type="vanished">PDF защищён паролем</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="vanished">в PDF нет страниц</translation>
    </message>
    <message numerus="yes">
        <source>Page 1 of %n</source>
        <translation type="vanished">
            <numerusform>Страница 1 из %n</numerusform>
            <numerusform>Страница 1 из %n</numerusform>
            <numerusform>Страница 1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1.</source>
        <translation type="vanished">Просмотр невозможен: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="122"/>
        <source>A detached signature: it holds no document. The file it signs is attached beside it.</source>
        <translation>Отсоединённая подпись: документа в ней нет. Подписанный ею файл приложен рядом.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="125"/>
        <source>The document inside the signature: %1</source>
        <translation>Документ внутри подписи: %1</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="133"/>
        <source>Its XML signature does not match it: this is the file, not what was signed.</source>
        <translation>Его XML-подпись с ним не сходится: это сам файл, а не то, что было подписано.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="138"/>
        <source>What the XML signature covers: the element %1 only</source>
        <translation>Что покрывает XML-подпись: только элемент %1</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="140"/>
        <source>What the XML signature covers: the whole document</source>
        <translation>Что покрывает XML-подпись: весь документ</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../../ui/compose.py" line="117"/>
        <source>New letter — QazMail</source>
        <translation>Новое письмо — QazMail</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="135"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="142"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="145"/>
        <source>Cc/Bcc</source>
        <translation>Копия/Скрытая</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="146"/>
        <source>Show the Cc and Bcc fields (Ctrl+Shift+C)</source>
        <translation>Показать поля «Копия» и «Скрытая копия» (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="151"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="152"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="153"/>
        <source>Bcc:</source>
        <translation>Скрытая копия:</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="154"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Sign with EDS</source>
        <translation type="vanished">Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="176"/>
        <source>Remove attachment</source>
        <translation>Убрать вложение</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="188"/>
        <source>Sign with EDS (Alt+S)</source>
        <translation>Подписать ЭЦП (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="194"/>
        <source>Sign each attachment (.sig)</source>
        <translation>Подписать каждое вложение (.sig)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="208"/>
        <source>Attach…</source>
        <translation>Вложить…</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="210"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="211"/>
        <source>Take the chosen attachments out of the letter (Delete)</source>
        <translation>Убрать выбранные вложения из письма (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="215"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="217"/>
        <source>Keep it in Drafts, where other devices see it too (Ctrl+S)</source>
        <translation>Сохранить в «Черновиках», где его видят и другие устройства (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="220"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="279"/>
        <source>missing</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="298"/>
        <source>Cannot attach</source>
        <translation>Не удалось приложить</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="299"/>
        <source>Only files can be attached; these are not files: %1</source>
        <translation>Приложить можно только файлы; это не файлы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="316"/>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="349"/>
        <source>The disk is full: this letter is not kept on disk, only in this window.</source>
        <translation>Диск заполнен: это письмо не сохранено на диске, оно есть только в этом окне.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="352"/>
        <source>This letter cannot be kept on disk (%1): it is only in this window.</source>
        <translation>Это письмо нельзя сохранить на диске (%1): оно есть только в этом окне.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="370"/>
        <source>Cannot save the draft</source>
        <translation>Не удалось сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="385"/>
        <location filename="../../ui/compose.py" line="531"/>
        <source>Close the letter</source>
        <translation>Закрыть письмо</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="386"/>
        <source>Keep this letter in Drafts?</source>
        <translation>Сохранить письмо в черновиках?</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="419"/>
        <source>%1 The letter was not sent. Free some space and send it again: it stays open here.</source>
        <translation>%1 Письмо не отправлено. Освободите место на диске и отправьте его снова: оно остаётся открытым здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="429"/>
        <source>No key</source>
        <translation>Нет ключа</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="429"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Сначала добавьте ключ ЭЦП в менеджере ключей.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="461"/>
        <source>These recipients are not e-mail addresses: %1. Correct them (double-click one to edit it) or remove them.</source>
        <translation>Эти получатели — не адреса электронной почты: %1. Исправьте их (двойной щелчок открывает получателя для правки) или уберите.</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="476"/>
        <source>The letter was sent, but QazMail could not record it: %1</source>
        <translation>Письмо отправлено, но QazMail не смог это записать: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="487"/>
        <source>Signed offline: the letter waits in the outbox for its time-stamp and leaves at the next sync online (Outbox… can send it without)</source>
        <translation>Подписано без сети: письмо ждёт в исходящих метку времени и уйдёт при следующей синхронизации в сети (в «Исходящих…» можно отправить без неё)</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="493"/>
        <source>Not sent yet (%1): the letter waits in the outbox and is sent at the next sync</source>
        <translation>Пока не отправлено (%1): письмо ждёт в исходящих и будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="532"/>
        <source>%1 Close it anyway and lose its text?</source>
        <translation>%1 Всё равно закрыть и потерять его текст?</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="418"/>
        <location filename="../../ui/compose.py" line="459"/>
        <location filename="../../ui/compose.py" line="505"/>
        <source>Cannot send</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <source>Offline: the letter waits in the outbox and is sent at the next sync</source>
        <translation type="vanished">Нет связи: письмо ждёт в исходящих и будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="172"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>&amp;Sign with EDS</source>
        <translation type="vanished">&amp;Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="191"/>
        <source>EDS key</source>
        <translation>Ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="498"/>
        <source>The server refused the letter: %1</source>
        <translation>Сервер отклонил письмо: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compose.py" line="475"/>
        <location filename="../../ui/compose.py" line="478"/>
        <location filename="../../ui/compose.py" line="500"/>
        <source>Letter sent</source>
        <translation>Письмо отправлено</translation>
    </message>
</context>
<context>
    <name>DocumentCardDialog</name>
    <message>
        <location filename="../../ui/cards.py" line="44"/>
        <source>Save as document card</source>
        <translation>Сохранить как карточку электронного документа</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="48"/>
        <source>A document card is a PDF that carries the signed document and its signatures, with pages anyone can read; it proves itself offline, years later (kaarkz/ddcard).</source>
        <translation>Карточка электронного документа — это PDF, в котором лежат подписанный документ и его подписи, со страницами, понятными любому человеку; она доказывает себя без сети и через годы (kaarkz/ddcard).</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="56"/>
        <source>Signed document</source>
        <translation>Подписанный документ</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="58"/>
        <source>The letter itself</source>
        <translation>Само письмо</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="60"/>
        <source>Signed document:</source>
        <translation>Подписанный документ:</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="62"/>
        <source>Show the &amp;document on the card&apos;s pages</source>
        <translation>Показать &amp;документ на страницах карточки</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="63"/>
        <source>A page for each &amp;signature</source>
        <translation>Страница для каждой &amp;подписи</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="64"/>
        <source>The signatures as &amp;QR codes</source>
        <translation>Подписи в виде &amp;QR-кодов</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="70"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="91"/>
        <source>Save document card</source>
        <translation>Сохранение карточки электронного документа</translation>
    </message>
    <message>
        <location filename="../../ui/cards.py" line="117"/>
        <source>Cannot make the document card</source>
        <translation>Не удалось сформировать карточку</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="54"/>
        <source>Drawing the first page…</source>
        <translation>Рисуется первая страница…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="71"/>
        <source>No preview for this kind of file: use Open or Save… to see it.</source>
        <translation>Для файлов этого вида нет просмотра: откройте или сохраните его.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="90"/>
        <source>the file is not a readable PDF</source>
        <translation>файл не является читаемым PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="91"/>
        <source>the PDF is locked with a password</source>
        <translation>PDF защищён паролем</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="92"/>
        <source>the PDF has no pages</source>
        <translation>в PDF нет страниц</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preview.py" line="98"/>
        <source>Page 1 of %n</source>
        <translation>
            <numerusform>Страница 1 из %n</numerusform>
            <numerusform>Страница 1 из %n</numerusform>
            <numerusform>Страница 1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="101"/>
        <source>No preview: %1.</source>
        <translation>Просмотр невозможен: %1.</translation>
    </message>
</context>
<context>
    <name>DraftListDialog</name>
    <message>
        <location filename="../../ui/draftlist.py" line="17"/>
        <location filename="../../ui/draftlist.py" line="20"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="18"/>
        <source>No letter is being written.</source>
        <translation>Нет начатых писем.</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="19"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="19"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="19"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="21"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="21"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/draftlist.py" line="35"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="187"/>
        <source>Welcome to QazMail</source>
        <translation>Добро пожаловать в QazMail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="192"/>
        <source>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.&lt;/p&gt;&lt;p&gt;Try the demo: a mail server on this computer with demo letters and keys, or add your own mail account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Почта с электронной цифровой подписью (ЭЦП) НУЦ Республики Казахстан.&lt;/p&gt;&lt;p&gt;Откройте демонстрацию: почтовый сервер на этом компьютере с демонстрационными письмами и ключами, или добавьте свою учётную запись.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="198"/>
        <source>Open the demo</source>
        <translation>Открыть демонстрацию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="200"/>
        <source>Add my account</source>
        <translation>Добавить мою учётную запись</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <location filename="../../ui/models.py" line="124"/>
        <location filename="../../ui/models.py" line="154"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="186"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="187"/>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="188"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="189"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="190"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="191"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="138"/>
        <location filename="../../ui/keys.py" line="150"/>
        <source>EDS keys</source>
        <translation>Ключи ЭЦП</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="142"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="143"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="144"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="145"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="146"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="147"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="148"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="153"/>
        <source>Add key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="155"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="168"/>
        <source>(open once to read)</source>
        <translation>(откройте один раз, чтобы прочитать)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="183"/>
        <source>Renew the key at the NCA before it expires</source>
        <translation>Перевыпустите ключ в НУЦ до истечения срока</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="189"/>
        <source>NCA key file</source>
        <translation>Файл ключа НУЦ</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="189"/>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Ключи (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="199"/>
        <source>Cannot add the key</source>
        <translation>Не удалось добавить ключ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Message</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>New</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Get mail</source>
        <translation>Получить почту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Open signed file…</source>
        <translation>Открыть подписанный файл…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Drafts…</source>
        <translation>Черновики…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Sign document…</source>
        <translation>Подписать документ…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Co-sign…</source>
        <translation>Добавить подпись…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Add account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Account settings…</source>
        <translation>Настройки учётной записи…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Remove account…</source>
        <translation>Удалить учётную запись…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Group by conversation</source>
        <translation>Группировать по переписке</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Reply all</source>
        <translation>Ответить всем</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Forward</source>
        <translation>Переслать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Archive the selected letters (A)</source>
        <translation>Переместить выбранные письма в архив (A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Save as document card…</source>
        <translation>Сохранить как карточку документа…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Save signature register…</source>
        <translation>Сохранить реестр подписей…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Move to…</source>
        <translation>Переместить в…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Mark read/unread</source>
        <translation>Прочитано/не прочитано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Flag</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Verify signatures again</source>
        <translation>Проверить подписи заново</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Outbox…</source>
        <translation>Исходящие…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>EDS keys…</source>
        <translation>Ключи ЭЦП…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Address book…</source>
        <translation>Адресная книга…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Message rules…</source>
        <translation>Правила для писем…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Search: words, names, IIN, BIN…</source>
        <translation>Поиск: слова, имена, ИИН, БИН…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Sync cancelled: what was fetched is kept</source>
        <translation>Синхронизация отменена: полученное сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>No password was given for %1: its mail was not fetched.</source>
        <translation>Для %1 не введён пароль: почта не получена.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>Синхронизация %1: %2 из %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="524"/>
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n новое письмо</numerusform>
            <numerusform>%n новых письма</numerusform>
            <numerusform>%n новых писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="618"/>
        <source>Cannot open the draft</source>
        <translation>Не удалось открыть черновик</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665"/>
        <source>On %1, %2 wrote:</source>
        <translation>%1 %2 пишет:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667"/>
        <source>%1 wrote:</source>
        <translation>%1 пишет:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="703"/>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="704"/>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="783"/>
        <source>Archived %n letter(s)</source>
        <translation>
            <numerusform>%n письмо перемещено в архив</numerusform>
            <numerusform>%n письма перемещены в архив</numerusform>
            <numerusform>%n писем перемещено в архив</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="831"/>
        <source>Print letter</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="834"/>
        <source>Letter printed</source>
        <translation>Письмо отправлено на печать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>Save letter as PDF</source>
        <translation>Сохранить письмо как PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="849"/>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <location filename="../../ui/main_window.py" line="874"/>
        <source>Save as document card</source>
        <translation>Сохранить как карточку электронного документа</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <source>This letter carries no signed document to make a card of.</source>
        <translation>В этом письме нет подписанного документа, из которого можно сформировать карточку.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="882"/>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Save signature register</source>
        <translation>Сохранение реестра подписей</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="884"/>
        <source>No signed letter to list.</source>
        <translation>Нет подписанных писем для реестра.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="897"/>
        <source>A register is saved as .pdf, .xlsx or .csv: give the file one of these endings.</source>
        <translation>Реестр сохраняется как .pdf, .xlsx или .csv: дайте файлу одно из этих окончаний.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="943"/>
        <source>Signatures, PDF and XML (%1);;All files (*)</source>
        <translation>Подписи, PDF и XML (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A register is saved as .pdf or .csv: give the file one of these endings.</source>
        <translation type="vanished">Реестр сохраняется в .pdf или .csv: дайте файлу одно из этих расширений.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="900"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>Register saved to %1</source>
        <translation>Реестр сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="915"/>
        <source>Checking signatures: %1 of %2</source>
        <translation>Проверка подписей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="919"/>
        <source>Document card saved to %1</source>
        <translation>Карточка документа сохранена: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="933"/>
        <source>%n letter(s) found</source>
        <translation>
            <numerusform>Найдено %n письмо</numerusform>
            <numerusform>Найдено %n письма</numerusform>
            <numerusform>Найдено %n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="941"/>
        <source>Open a signed file</source>
        <translation>Открыть подписанный файл</translation>
    </message>
    <message>
        <source>Signatures and PDF (%1);;All files (*)</source>
        <translation type="vanished">Подписи и PDF (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="959"/>
        <source>Signature written to %1</source>
        <translation>Подпись сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="989"/>
        <source>Message rules</source>
        <translation>Правила для писем</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1026"/>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1028"/>
        <source>Remove the account %1 from QazMail? Its letters are deleted from this computer only; they stay on the server. Letters not sent yet are dropped.</source>
        <translation>Удалить учётную запись %1 из QazMail? Её письма удаляются только с этого компьютера, на сервере они остаются. Неотправленные письма будут отменены.</translation>
    </message>
    <message>
        <source>%1 new letters</source>
        <translation type="vanished">Новых писем: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Mail is up to date</source>
        <translation>Почта обновлена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>○ Offline — working from the cache</source>
        <translation>○ Нет связи — работа с локальной копией</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Add a mail account first.</source>
        <translation>Сначала добавьте почтовую учётную запись.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Forwarded letter</source>
        <translation>Пересылаемое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>Move to</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>%1 letters found</source>
        <translation type="vanished">Найдено писем: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../ui/models.py" line="332"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="332"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="333"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="334"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="335"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="339"/>
        <source>Unread, flagged, attachments</source>
        <translation>Не прочитано, отмечено, вложения</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="339"/>
        <source>Electronic signature</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="378"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="392"/>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="393"/>
        <source>Flagged</source>
        <translation>Помечено</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="394"/>
        <source>Has attachments</source>
        <translation>Есть вложения</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="409"/>
        <source>This letter could not be read: %1. It is kept as it arrived; open it to see its text.</source>
        <translation>Это письмо не удалось прочитать: %1. Оно сохранено в том виде, в каком пришло; откройте его, чтобы увидеть текст.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="415"/>
        <source>Signed; not checked yet</source>
        <translation>Подписано; ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="418"/>
        <source>Partly signed: the text is not what was signed (%1)</source>
        <translation>Подписана лишь часть: текст письма — не то, что подписано (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="420"/>
        <source>Signature valid</source>
        <translation>Подпись действительна</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="421"/>
        <source>Signature not valid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="422"/>
        <source>Signature with a warning</source>
        <translation>Подпись с предупреждением</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="423"/>
        <source>Signature not proven either way</source>
        <translation>Подпись не доказана ни в одну сторону</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/outbox.py" line="22"/>
        <location filename="../../ui/outbox.py" line="111"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="23"/>
        <source>The outbox is empty: every letter was sent.</source>
        <translation>Исходящих нет: все письма отправлены.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="24"/>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="25"/>
        <source>Letters not sent yet</source>
        <translation>Ещё не отправленные письма</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="26"/>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="26"/>
        <source>&amp;Drop</source>
        <translation>&amp;Не отправлять</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="26"/>
        <source>Send &amp;without time-stamp</source>
        <translation>Отправить &amp;без метки времени</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="36"/>
        <source>A letter signed offline waits for its time-stamp, which proves when it was signed. Sent without, its signing time is only your claim.</source>
        <translation>Письмо, подписанное без сети, ждёт метку времени — она доказывает, когда оно подписано. Без неё время подписи — лишь ваше утверждение.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="59"/>
        <source>the server asked for it later: not before %1</source>
        <translation>сервер попросил прислать позже: не раньше %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="63"/>
        <source>may have been sent: ask the recipient, then Send again or Drop</source>
        <translation>возможно, отправлено: спросите получателя, затем «Отправить снова» или «Удалить»</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="65"/>
        <source>waits for the next sync</source>
        <translation>ждёт следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="66"/>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="67"/>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="90"/>
        <source>Send without time-stamp?</source>
        <translation>Отправить без метки времени?</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="92"/>
        <source>Without its time-stamp, nothing proves when this letter was signed: its signing time is only your computer&apos;s claim, and whether your certificate was valid is judged whenever the letter is checked — after the certificate expires or is revoked, the signature will not be valid. Send it without the time-stamp?</source>
        <translation>Без метки времени ничто не доказывает, когда письмо подписано: время подписи — лишь утверждение вашего компьютера, а действительность сертификата оценивается при каждой проверке письма — после истечения срока или отзыва сертификата подпись станет недействительной. Отправить без метки времени?</translation>
    </message>
    <message>
        <location filename="../../ui/outbox.py" line="57"/>
        <source>signed offline: waits for its time-stamp</source>
        <translation>подписано без сети: ждёт метку времени</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="39"/>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="41"/>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="45"/>
        <source>Keep for this session only</source>
        <translation>Запомнить только на этот сеанс</translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message>
        <location filename="../../ui/quickfilter.py" line="48"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="48"/>
        <source>Only unread letters</source>
        <translation>Только непрочитанные письма</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="49"/>
        <source>Flagged</source>
        <translation>Помеченные</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="49"/>
        <source>Only flagged letters</source>
        <translation>Только помеченные письма</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="50"/>
        <source>Attachments</source>
        <translation>С вложениями</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="50"/>
        <source>Only letters with attachments</source>
        <translation>Только письма с вложениями</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="51"/>
        <source>Signed</source>
        <translation>Подписанные</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="51"/>
        <source>Only letters with an electronic signature</source>
        <translation>Только письма с электронной подписью</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="56"/>
        <source>Filter these letters…</source>
        <translation>Отфильтровать эти письма…</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="57"/>
        <source>Filter these letters</source>
        <translation>Отфильтровать эти письма</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="58"/>
        <source>Sender, recipients or subject (Ctrl+Shift+K)</source>
        <translation>Отправитель, получатели или тема (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../ui/quickfilter.py" line="61"/>
        <source>Clear the filter</source>
        <translation>Очистить фильтр</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/quickfilter.py" line="122"/>
        <source>%1 of %n letter(s)</source>
        <translation>
            <numerusform>%1 из %n письма</numerusform>
            <numerusform>%1 из %n писем</numerusform>
            <numerusform>%1 из %n писем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../ui/reading.py" line="142"/>
        <source>Show remote content</source>
        <translation>Показать внешнее содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="154"/>
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="162"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="169"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="172"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="173"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="190"/>
        <source>No letter selected</source>
        <translation>Письмо не выбрано</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="203"/>
        <source>This letter cannot be shown: %1</source>
        <translation>Это письмо невозможно показать: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="207"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="209"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="220"/>
        <source>The body of this letter cannot be shown (%1). Its bytes are kept; save it to inspect it.</source>
        <translation>Текст этого письма невозможно показать (%1). Письмо сохранено без изменений; сохраните его, чтобы изучить.</translation>
    </message>
    <message>
        <source>%1 remote images or links were blocked to protect your privacy.</source>
        <translation type="vanished">Заблокировано внешних изображений и ссылок: %1 (для защиты вашей конфиденциальности).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reading.py" line="226"/>
        <source>%n remote image(s) or link(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>Заблокировано %n внешнее изображение или ссылка для защиты вашей приватности.</numerusform>
            <numerusform>Заблокировано %n внешних изображения или ссылки для защиты вашей приватности.</numerusform>
            <numerusform>Заблокировано %n внешних изображений или ссылок для защиты вашей приватности.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="250"/>
        <source>Ambiguous structure — not shown as signed. Mail programs can read this letter in different ways (%1). Below is its raw source, as it arrived.</source>
        <translation>Неоднозначная структура — не показано как подписанное. Почтовые программы могут прочитать это письмо по-разному (%1). Ниже его исходный текст в том виде, в каком оно пришло.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="254"/>
        <source>This letter&apos;s structure can be read in more than one way (%1).</source>
        <translation>Структуру этого письма можно прочитать по-разному (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="265"/>
        <source>an unclosed quote in %2</source>
        <translation>незакрытая кавычка в %2</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="266"/>
        <source>the parameter %1 is given twice in %2</source>
        <translation>параметр %1 указан дважды в %2</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="267"/>
        <source>the parameter %1 is given in two forms in %2</source>
        <translation>параметр %1 указан в двух формах в %2</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="268"/>
        <source>the boundary %1 overlaps the enclosing boundary %2</source>
        <translation>граница %1 пересекается с внешней границей %2</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="269"/>
        <source>a boundary line begins after a bare CR</source>
        <translation>строка границы начинается после одиночного CR</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="270"/>
        <source>a boundary line ends with a bare CR</source>
        <translation>строка границы заканчивается одиночным CR</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="271"/>
        <source>a header line is broken by the control character %1</source>
        <translation>строка заголовка разорвана управляющим символом %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="272"/>
        <source>the header starts with a folded line</source>
        <translation>заголовок начинается со строки-продолжения</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="273"/>
        <source>a header line without a colon: %1</source>
        <translation>строка заголовка без двоеточия: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="274"/>
        <source>a header field name that is not one word before its colon: %1</source>
        <translation>имя поля заголовка перед двоеточием — не одно слово: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="275"/>
        <source>the header field %1 is given twice</source>
        <translation>поле заголовка %1 указано дважды</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="346"/>
        <source>%1, attached to the letter “%2”</source>
        <translation>%1, вложение письма «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="350"/>
        <location filename="../../ui/reading.py" line="355"/>
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="356"/>
        <source>No program on this computer opens %1. Use Save… to keep it and open it yourself.</source>
        <translation>На этом компьютере нет программы, которая открывает %1. Сохраните файл (Сохранить…) и откройте его сами.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="371"/>
        <source>Open a program?</source>
        <translation>Открыть программу?</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="373"/>
        <source>%1 is a program or a script: opening it runs it on this computer. Letters are a common way to spread harmful programs. Open it only if you expected it from this sender.</source>
        <translation>%1 — программа или сценарий: открыть его значит запустить на этом компьютере. Вредоносные программы часто приходят в письмах. Открывайте, только если вы ждали его от этого отправителя.</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="386"/>
        <source>Save attachment to folder</source>
        <translation>Сохранить вложение в папку</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="392"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/reading.py" line="394"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <location filename="../../ui/recipients.py" line="517"/>
        <source>There is no @ in it: an e-mail address looks like name@example.kz</source>
        <translation>Здесь нет @: адрес электронной почты выглядит как name@example.kz</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="519"/>
        <source>An e-mail address has no spaces; separate recipients with commas</source>
        <translation>В адресе электронной почты не бывает пробелов; разделяйте получателей запятыми</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="520"/>
        <source>This is not an e-mail address: an address looks like name@example.kz</source>
        <translation>Это не адрес электронной почты: адрес выглядит как name@example.kz</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="546"/>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="547"/>
        <source>Remove this recipient (Backspace)</source>
        <translation>Убрать этого получателя (Backspace)</translation>
    </message>
    <message>
        <location filename="../../ui/recipients.py" line="667"/>
        <source>Chosen: %1. Backspace removes it.</source>
        <translation>Выбран: %1. Backspace убирает его.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/wording.py" line="15"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="16"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="17"/>
        <source>Head of the organisation</source>
        <translation>Первый руководитель организации</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="18"/>
        <source>Authorised to sign</source>
        <translation>Лицо с правом подписи</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="19"/>
        <source>Authorised to sign financial documents</source>
        <translation>Право подписи финансовых документов</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="20"/>
        <source>HR officer</source>
        <translation>Сотрудник отдела кадров</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="21"/>
        <source>Employee</source>
        <translation>Сотрудник организации</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="22"/>
        <source>Information system</source>
        <translation>Информационная система</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="23"/>
        <source>Treasury client</source>
        <translation>Клиент казначейства</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules.py" line="34"/>
        <location filename="../../ui/rules.py" line="98"/>
        <source>Message rules</source>
        <translation>Правила для писем</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>Then</source>
        <translation>Тогда</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="36"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="45"/>
        <source>any role</source>
        <translation>любая роль</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="50"/>
        <source>any letter</source>
        <translation>любое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="51"/>
        <source>signature valid</source>
        <translation>подпись действительна</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="52"/>
        <source>signature bad (modified, revoked, invalid)</source>
        <translation>подпись недействительна (изменено, отозвано, неверно)</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="53"/>
        <source>signature with warnings (untrusted, expired)</source>
        <translation>подпись с предупреждением (нет доверия, истёк срок)</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="54"/>
        <source>signature not proven either way</source>
        <translation>подпись не подтверждена и не опровергнута</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="58"/>
        <source>(do not move)</source>
        <translation>(не перемещать)</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="61"/>
        <source>Flag it</source>
        <translation>Пометить флажком</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="62"/>
        <source>Also when the signer&apos;s signature is not valid</source>
        <translation>Даже если подпись этого подписанта недействительна</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="65"/>
        <source>A rule on a signer (IIN, BIN, role) takes only letters whose signature by that signer is valid: a tampered, revoked or forged letter in their name is left where it is. Tick this to take those letters too.</source>
        <translation>Правило по подписанту (ИИН, БИН, роль) берёт только письма, где его подпись действительна: изменённое, отозванное или поддельное письмо от его имени остаётся на месте. Отметьте, чтобы брать и такие письма.</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="71"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="72"/>
        <source>From contains:</source>
        <translation>Отправитель содержит:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="73"/>
        <source>Subject contains:</source>
        <translation>Тема содержит:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="74"/>
        <source>Signer&apos;s IIN:</source>
        <translation>ИИН подписанта:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="75"/>
        <source>Signer&apos;s BIN:</source>
        <translation>БИН подписанта:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="76"/>
        <source>Signer&apos;s role:</source>
        <translation>Роль подписанта:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="78"/>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="79"/>
        <source>Move to:</source>
        <translation>Переместить в:</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="84"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="86"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="88"/>
        <source>Apply to the inbox &amp;now</source>
        <translation>Применить к входящим &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="108"/>
        <source>from</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="109"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="110"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="111"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="112"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="113"/>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="118"/>
        <source>valid signatures only</source>
        <translation>только действительные подписи</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="119"/>
        <source>move to %1</source>
        <translation>переместить в %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="120"/>
        <source>flag</source>
        <translation>пометить</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="128"/>
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="143"/>
        <source>Cannot add the rule</source>
        <translation>Невозможно добавить правило</translation>
    </message>
    <message>
        <location filename="../../ui/rules.py" line="163"/>
        <source>No letter in the inbox matched.</source>
        <translation>Ни одно письмо во входящих не подошло.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../ui/wording.py" line="34"/>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (шифрование с начала соединения)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="35"/>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (шифрование после подключения)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="36"/>
        <source>None (this computer only)</source>
        <translation>Без шифрования (только этот компьютер)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="152"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="159"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="160"/>
        <source>The language changes after a restart.</source>
        <translation>Язык сменится после перезапуска.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="165"/>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
</context>
<context>
    <name>SignDocumentDialog</name>
    <message>
        <location filename="../../ui/documents.py" line="74"/>
        <location filename="../../ui/documents.py" line="111"/>
        <source>Co-sign</source>
        <translation>Добавить подпись</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="74"/>
        <source>Sign document</source>
        <translation>Подписать документ</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="79"/>
        <source>Signature file</source>
        <translation>Файл подписи</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="79"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="81"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="86"/>
        <source>Signature file:</source>
        <translation>Файл подписи:</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="86"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="88"/>
        <source>EDS key</source>
        <translation>Ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="89"/>
        <source>EDS key:</source>
        <translation>Ключ ЭЦП:</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="91"/>
        <source>&amp;Detached signature (the document stays as it is, the signature beside it)</source>
        <translation>&amp;Отдельная подпись (документ не меняется, подпись рядом с ним)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="96"/>
        <source>Add a &amp;time-stamp (proves when it was signed)</source>
        <translation>Добавить &amp;метку времени (доказывает время подписи)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="146"/>
        <source>&amp;XML signature inside the document (as e-government services sign XML)</source>
        <translation>&amp;XML-подпись внутри документа (так подписывают XML сервисы электронного правительства)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="111"/>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="148"/>
        <source>Signature &amp;inside the PDF (PAdES: PDF readers show it)</source>
        <translation>Подпись &amp;внутри PDF (PAdES: её показывают программы чтения PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="153"/>
        <source>The signature will be written to %1</source>
        <translation>Подпись будет сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="156"/>
        <source>The signature to co-sign</source>
        <translation>Подпись, к которой добавить свою</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="156"/>
        <source>The document to sign</source>
        <translation>Документ для подписи</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="168"/>
        <source>No key</source>
        <translation>Нет ключа</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="168"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Сначала добавьте ключ ЭЦП в менеджере ключей.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="171"/>
        <location filename="../../ui/documents.py" line="212"/>
        <location filename="../../ui/documents.py" line="240"/>
        <source>Cannot sign</source>
        <translation>Невозможно подписать</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="171"/>
        <source>No such file: %1</source>
        <translation>Файл не найден: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="211"/>
        <source>The signature would be written over %1. Move or rename that file first.</source>
        <translation>Подпись была бы записана поверх %1. Сначала переместите или переименуйте этот файл.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="219"/>
        <source>Sign an empty file?</source>
        <translation>Подписать пустой файл?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="220"/>
        <source>%1 is empty: the signature will cover no content. Sign it anyway?</source>
        <translation>%1 пуст: подпись не будет охватывать никакого содержимого. Всё равно подписать?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="230"/>
        <source>Replace?</source>
        <translation>Заменить?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="230"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../ui/signature_panel.py" line="136"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>A part of the letter only</source>
        <translation type="vanished">Только часть письма</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="140"/>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="142"/>
        <source>Attachment: %1</source>
        <translation>Вложение: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="150"/>
        <source>Show the signature&apos;s card</source>
        <translation>Показать карточку подписи</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="165"/>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="173"/>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="237"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="237"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="vanished">Подписано</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation type="vanished">Метка времени</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="106"/>
        <source>%1 — element %2 only</source>
        <translation>%1 — только элемент %2</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="138"/>
        <source>Only a part of the letter is signed</source>
        <translation>Подписана только часть письма</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="154"/>
        <source>signature valid</source>
        <translation>подпись действительна</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="186"/>
        <source>What this signature really covers:</source>
        <translation>Что на самом деле подписано:</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="247"/>
        <source>Signed no later than %1 (proven by a trusted time-stamp)</source>
        <translation>Подписано не позднее %1 (доказано доверенной меткой времени)</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="252"/>
        <source>Signing time claimed by the signer: %1 (not proven; checked as of now)</source>
        <translation>Время подписи со слов подписанта: %1 (не доказано; проверено на текущий момент)</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="260"/>
        <source>time-stamped %1</source>
        <translation>метка времени: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="263"/>
        <source>time claimed: %1</source>
        <translation>заявленное время: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="268"/>
        <source>Signature valid</source>
        <translation>Подпись верна</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="269"/>
        <source>Signature intact, revocation status unknown</source>
        <translation>Подпись цела, статус отзыва неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="270"/>
        <source>Signed document missing</source>
        <translation>Нет подписанного документа</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="271"/>
        <source>Document modified after signing</source>
        <translation>Документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="272"/>
        <source>Signature invalid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="273"/>
        <source>Key not for signing</source>
        <translation>Ключ не для подписи</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="274"/>
        <source>Certificate suspended</source>
        <translation>Действие сертификата приостановлено</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="275"/>
        <source>Certificate revoked</source>
        <translation>Сертификат отозван</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="276"/>
        <source>Certificate expired</source>
        <translation>Срок действия сертификата истёк</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="277"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат ещё не действует</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="278"/>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="279"/>
        <source>Older NCA generation</source>
        <translation>Старое поколение НУЦ</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="280"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм не поддерживается</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="281"/>
        <source>Ambiguous structure — not shown as signed</source>
        <translation>Неоднозначная структура — не показано как подписанное</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="282"/>
        <source>Damaged signature</source>
        <translation>Подпись повреждена</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="290"/>
        <source>No CRL or OCSP answer at hand says whether the certificate was revoked. Go online and check again.</source>
        <translation>Ни CRL, ни ответ OCSP не говорят, был ли отозван сертификат. Подключитесь к сети и проверьте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="292"/>
        <source>The signed document is needed to check that it was not changed.</source>
        <translation>Чтобы проверить, что документ не изменён, нужен сам подписанный документ.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="294"/>
        <source>This is an authentication (AUTH) key: it cannot sign documents, so this is not a valid signature.</source>
        <translation>Это ключ аутентификации (AUTH): им нельзя подписывать документы, поэтому подпись недействительна.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="297"/>
        <source>The certificate had expired at the time that counts. Without a trusted time-stamp that time is now.</source>
        <translation>На значимый момент срок действия сертификата истёк. Без доверенной метки времени этот момент — сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="300"/>
        <source>The certificate was suspended (on hold) at the time that counts. The CA may lift the suspension: check again later.</source>
        <translation>На момент, который имеет значение, действие сертификата было приостановлено. Удостоверяющий центр может снять приостановление: проверьте позже.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="303"/>
        <source>The certificate was revoked before the time that counts.</source>
        <translation>Сертификат отозван до значимого момента.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="304"/>
        <source>The certificate does not lead to a certification authority you trust.</source>
        <translation>Сертификат не ведёт к удостоверяющему центру, которому вы доверяете.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="305"/>
        <source>The document was changed after it was signed: do not rely on it.</source>
        <translation>Документ изменён после подписания: не полагайтесь на него.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="306"/>
        <source>The signature does not match the document and the signer&apos;s key.</source>
        <translation>Подпись не соответствует документу и ключу подписанта.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="307"/>
        <source>The certificate was not yet valid at the time that counts.</source>
        <translation>На значимый момент сертификат ещё не действовал.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="309"/>
        <source>Made under an older NCA generation (2011–2016) this version cannot check: it is neither proven valid nor shown invalid.</source>
        <translation>Создана в старом поколении НУЦ (2011–2016), которое эта версия не может проверить: её действительность не доказана, но и недействительной она не признана.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="312"/>
        <source>QazMail cannot check this kind of signature.</source>
        <translation>QazMail не умеет проверять такую подпись.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="314"/>
        <source>This letter is built so that mail programs can show different text under the same signature. QazMail does not say which text was signed: ask the sender for the document again.</source>
        <translation>Это письмо построено так, что почтовые программы могут показать под одной подписью разный текст. QazMail не берётся сказать, какой текст подписан: попросите отправителя прислать документ заново.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="317"/>
        <source>The signature is damaged and cannot be read.</source>
        <translation>Подпись повреждена и не читается.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="324"/>
        <source>Certificate issued by the NCA root</source>
        <translation>Сертификат выдан корневым удостоверяющим центром</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="325"/>
        <source>Certificate issued by the NCA</source>
        <translation>Сертификат выдан Национальным удостоверяющим центром</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="326"/>
        <source>Certificate issued by the state bodies&apos; CA (УЦГО)</source>
        <translation>Сертификат выдан удостоверяющим центром государственных органов (УЦГО)</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="327"/>
        <source>Certificate issued by BTS Digital&apos;s CA</source>
        <translation>Сертификат выдан удостоверяющим центром BTS Digital</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="333"/>
        <source>Signature details</source>
        <translation>Сведения о подписи</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="338"/>
        <source>Signer %1</source>
        <translation>Подписант %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="346"/>
        <source>Time-stamp: %1 by %2</source>
        <translation>Метка времени: %1, выдана: %2</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="352"/>
        <source>  Certificate chain:</source>
        <translation>  Цепочка сертификатов:</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="354"/>
        <source>  Revocation: %1</source>
        <translation>  Отзыв: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="356"/>
        <source>  Issuing CAs: %1</source>
        <translation>  Удостоверяющие центры: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="360"/>
        <source>Evidence: %1 of %2, issued %3</source>
        <translation>Основание: %1 (%2), выпущен %3</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="366"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="374"/>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../ui/signature_panel.py" line="429"/>
        <source>Signed by %1, but the letter says it is from %2.</source>
        <translation>Подписано %1, но письмо утверждает, что оно от %2.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="436"/>
        <source>The %1 line outside the signature was changed after signing; the signed %1 is shown.</source>
        <translation>Строка %1 вне подписи изменена после подписания; показана подписанная %1.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="443"/>
        <source>The card&apos;s pages differ from the signed original (page %1) — do not trust the printout.</source>
        <translation>Страницы карточки отличаются от подписанного подлинника (стр. %1) — не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="447"/>
        <source>The card&apos;s pages differ from the signed original (pages %1) — do not trust the printout.</source>
        <translation>Страницы карточки отличаются от подписанного подлинника (стр. %1) — не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="449"/>
        <source>The card&apos;s pages differ from the signed original — do not trust the printout.</source>
        <translation>Страницы карточки отличаются от подписанного подлинника — не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="452"/>
        <source>Not every page of the card could be compared with the signed original — rely on the attached original, not on the printout.</source>
        <translation>Не все страницы карточки удалось сравнить с подписанным подлинником — полагайтесь на вложенный подлинник, а не на распечатку.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="456"/>
        <source>The signer&apos;s certificate names no e-mail address to compare with the sender.</source>
        <translation>В сертификате подписавшего нет адреса электронной почты, чтобы сверить его с отправителем.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="461"/>
        <source>the letter&apos;s text</source>
        <translation>текст письма</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="465"/>
        <source>the rest of %1, outside the element %2</source>
        <translation>остальная часть %1 вне элемента %2</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="471"/>
        <source>what was added to %1 after its last signature</source>
        <translation>добавленное в %1 после его последней подписи</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="479"/>
        <source>⚠ Only a part of this letter is signed. The text shown below is NOT what was signed: rely only on the signed text in the card. Not covered: %1</source>
        <translation>⚠ Подписана только часть этого письма. Текст ниже — НЕ то, что подписано: доверяйте только подписанному тексту в карточке. Не охвачено подписью: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="483"/>
        <source>Not covered by any signature: %1</source>
        <translation>Не охвачено ни одной подписью: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_panel.py" line="486"/>
        <source>The signature covers the letter&apos;s text and attachments, not its subject, sender or date lines.</source>
        <translation>Подпись охватывает текст и вложения письма, но не его тему, отправителя и дату.</translation>
    </message>
</context>
<context>
    <name>SignedFileWindow</name>
    <message>
        <location filename="../../ui/fileview.py" line="47"/>
        <location filename="../../ui/fileview.py" line="76"/>
        <source>Checking the signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="60"/>
        <source>Choose the signed document…</source>
        <translation>Выбрать подписанный документ…</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="64"/>
        <source>Save as document card…</source>
        <translation>Сохранить как карточку документа…</translation>
    </message>
    <message>
        <source>Document card: every signature is valid over the original and proves itself.</source>
        <translation type="vanished">Карточка документа: каждая подпись верна для подлинника и доказывает себя сама.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="93"/>
        <source>Document card: do not trust its data, a signature fails the card&apos;s checks.</source>
        <translation>Карточка документа: не доверяйте её данным — подпись не прошла проверки карточки.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="96"/>
        <source>Document card: the signatures are valid over the attached original, but the card&apos;s pages do not show it: do not trust the printout.</source>
        <translation>Карточка документа: подписи действительны для вложенного подлинника, но страницы карточки показывают не его: не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="101"/>
        <source>Document card: every signature is valid over the original and proves itself, and the pages show them.</source>
        <translation>Карточка документа: каждая подпись действительна для подлинника и доказывает себя сама, страницы показывают именно их.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="106"/>
        <source>This file holds no signature QazMail can find.</source>
        <translation>В этом файле QazMail не нашёл подписей.</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="125"/>
        <source>The signed document: %1</source>
        <translation>Подписанный документ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="147"/>
        <source>Document card saved to %1</source>
        <translation>Карточка документа сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="153"/>
        <source>This file cannot be checked: %1</source>
        <translation>Этот файл невозможно проверить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fileview.py" line="157"/>
        <source>The signed document</source>
        <translation>Подписанный документ</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="59"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SIZES</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../cli/coretext.py" line="34"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 — это папка, а не файл</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/keys.py" line="131"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
</context>
</TS>
