<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="23"/>
        <source>About QazMail Desktop</source>
        <translation>О программе QazMail Desktop</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="28"/>
        <source>Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.</source>
        <translation>Почта с электронной цифровой подписью (ЭЦП) НУЦ Казахстана.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="32"/>
        <source>Native GOST:</source>
        <translation>ГОСТ в машинном коде:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="35"/>
        <source>no keyring on this computer: asked again in every session</source>
        <translation>на этом компьютере нет хранилища паролей: запрашиваются в каждом сеансе</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="37"/>
        <source>Passwords kept in:</source>
        <translation>Пароли хранятся в:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="38"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="40"/>
        <source>Runs on:</source>
        <translation>Работает на:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="51"/>
        <source>yes (%1 arithmetic)</source>
        <translation>да (арифметика %1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/about.py" line="52"/>
        <source>no: GOST signatures are made and checked in pure Python, 30-100 times slower</source>
        <translation>нет: подписи ГОСТ создаются и проверяются на чистом Python, в 30–100 раз медленнее</translation>
    </message>
</context>
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="58"/>
        <source>Mail password</source>
        <translation>Пароль почты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="60"/>
        <source>Password of %1 at %2:</source>
        <translation>Пароль %1 на %2:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="66"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="68"/>
        <source>Remember for this session</source>
        <translation>Запомнить до конца сеанса</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="41"/>
        <source>Add mail account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="41"/>
        <source>Account settings</source>
        <translation>Настройки учётной записи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="43"/>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="50"/>
        <source>Account name:</source>
        <translation>Имя учётной записи:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="51"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="52"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="53"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="55"/>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="66"/>
        <source>IMAP server:</source>
        <translation>Сервер IMAP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="67"/>
        <source>IMAP port:</source>
        <translation>Порт IMAP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="68"/>
        <source>SMTP server:</source>
        <translation>Сервер SMTP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="69"/>
        <source>SMTP port:</source>
        <translation>Порт SMTP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="70"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="71"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="75"/>
        <source>SMTP security:</source>
        <translation>Защита SMTP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="89"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="112"/>
        <source>Insecure</source>
        <translation>Небезопасно</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="112"/>
        <source>Plain text is allowed for loopback only.</source>
        <translation>Без шифрования можно подключаться только к локальному серверу.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="115"/>
        <source>Missing</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="115"/>
        <source>Give an account name and an e-mail address.</source>
        <translation>Укажите имя учётной записи и адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="118"/>
        <source>Exists</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="118"/>
        <source>An account with this name exists.</source>
        <translation>Учётная запись с таким именем уже есть.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="142"/>
        <source>No keyring</source>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="144"/>
        <source>This system has no keyring: the password is kept for this session only and asked again later.</source>
        <translation>В системе нет хранилища паролей: пароль сохранён только на этот сеанс и будет запрошен позже.</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="31"/>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="34"/>
        <source>Find by name, e-mail, company, IIN or BIN</source>
        <translation>Поиск по имени, e-mail, организации, ИИН или БИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="35"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="40"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="42"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="43"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="44"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="45"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="46"/>
        <source>Last letter</source>
        <translation>Последнее письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="47"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="49"/>
        <source>Correspondents</source>
        <translation>Корреспонденты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="54"/>
        <source>&amp;Write letter</source>
        <translation>&amp;Написать письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="57"/>
        <source>Reading the letters…</source>
        <translation>Читаются письма…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="69"/>
        <source>The letters could not be read: %1</source>
        <translation>Не удалось прочитать письма: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="96"/>
        <source>SHA-256 of the certificates:</source>
        <translation>SHA-256 сертификатов:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="109"/>
        <source>signed a document that %1 sent</source>
        <translation>подписал(а) документ, который прислал(а) %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="110"/>
        <source>signed a letter from %1 with a certificate for another address</source>
        <translation>подписал(а) письмо от %1 сертификатом на другой адрес</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/addressbook.py" line="111"/>
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
        <location filename="../../qazmail_desktop/ui/preview.py" line="122"/>
        <source>A detached signature: it holds no document. The file it signs is attached beside it.</source>
        <translation>Отсоединённая подпись: документа в ней нет. Подписанный ею файл приложен рядом.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="125"/>
        <source>The document inside the signature: %1</source>
        <translation>Документ внутри подписи: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="133"/>
        <source>Its XML signature does not match it: this is the file, not what was signed.</source>
        <translation>Его XML-подпись с ним не сходится: это сам файл, а не то, что было подписано.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="138"/>
        <source>What the XML signature covers: the element %1 only</source>
        <translation>Что покрывает XML-подпись: только элемент %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="140"/>
        <source>What the XML signature covers: the whole document</source>
        <translation>Что покрывает XML-подпись: весь документ</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="149"/>
        <source>New letter — QazMail</source>
        <translation>Новое письмо — QazMail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="167"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="174"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="177"/>
        <source>Cc/Bcc</source>
        <translation>Копия/Скрытая</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="178"/>
        <source>Show the Cc and Bcc fields (Ctrl+Shift+C)</source>
        <translation>Показать поля «Копия» и «Скрытая копия» (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="183"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="184"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="185"/>
        <source>Bcc:</source>
        <translation>Скрытая копия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="186"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Sign with EDS</source>
        <translation type="vanished">Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="208"/>
        <source>Remove attachment</source>
        <translation>Убрать вложение</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="220"/>
        <source>Sign with EDS (Alt+S)</source>
        <translation>Подписать ЭЦП (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="226"/>
        <source>eGov Mobile (QR)</source>
        <translation>eGov Mobile (QR)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="229"/>
        <source>Sign each attachment (.sig)</source>
        <translation>Подписать каждое вложение (.sig)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="235"/>
        <source>The letter and the files it signs pass through SIGEX to eGov Mobile.</source>
        <translation>Письмо и подписываемые файлы проходят через SIGEX в eGov Mobile.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="250"/>
        <source>Attach…</source>
        <translation>Вложить…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="252"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="253"/>
        <source>Take the chosen attachments out of the letter (Delete)</source>
        <translation>Убрать выбранные вложения из письма (Delete)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="257"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="259"/>
        <source>Keep it in Drafts, where other devices see it too (Ctrl+S)</source>
        <translation>Сохранить в «Черновиках», где его видят и другие устройства (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="262"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="330"/>
        <source>missing</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="349"/>
        <source>Cannot attach</source>
        <translation>Не удалось приложить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="350"/>
        <source>Only files can be attached; these are not files: %1</source>
        <translation>Приложить можно только файлы; это не файлы: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="367"/>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="400"/>
        <source>The disk is full: this letter is not kept on disk, only in this window.</source>
        <translation>Диск заполнен: это письмо не сохранено на диске, оно есть только в этом окне.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="403"/>
        <source>This letter cannot be kept on disk (%1): it is only in this window.</source>
        <translation>Это письмо нельзя сохранить на диске (%1): оно есть только в этом окне.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="421"/>
        <source>Cannot save the draft</source>
        <translation>Не удалось сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="436"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="636"/>
        <source>Close the letter</source>
        <translation>Закрыть письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="437"/>
        <source>Keep this letter in Drafts?</source>
        <translation>Сохранить письмо в черновиках?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="470"/>
        <source>%1 The letter was not sent. Free some space and send it again: it stays open here.</source>
        <translation>%1 Письмо не отправлено. Освободите место на диске и отправьте его снова: оно остаётся открытым здесь.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="480"/>
        <source>No key</source>
        <translation>Нет ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="480"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Сначала добавьте ключ ЭЦП в менеджере ключей.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="519"/>
        <source>Letter: %1</source>
        <translation>Письмо: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="519"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="521"/>
        <source>Nothing was sent: the letter stays open.</source>
        <translation>Ничего не отправлено: письмо остаётся открытым.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="530"/>
        <source>Signed in eGov Mobile. %1</source>
        <translation>Подписано в eGov Mobile. %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="539"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="567"/>
        <source>These recipients are not e-mail addresses: %1. Correct them (double-click one to edit it) or remove them.</source>
        <translation>Эти получатели — не адреса электронной почты: %1. Исправьте их (двойной щелчок открывает получателя для правки) или уберите.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="582"/>
        <source>The letter was sent, but QazMail could not record it: %1</source>
        <translation>Письмо отправлено, но QazMail не смог это записать: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="597"/>
        <source>Signed offline: the letter waits in the outbox for its time-stamp and leaves at the next sync online (Outbox… can send it without)</source>
        <translation>Подписано без сети: письмо ждёт в исходящих метку времени и уйдёт при следующей синхронизации в сети (в «Исходящих…» можно отправить без неё)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="601"/>
        <source>Not sent yet (%1): the letter waits in the outbox and is sent at the next sync</source>
        <translation>Пока не отправлено (%1): письмо ждёт в исходящих и будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="637"/>
        <source>%1 Close it anyway and lose its text?</source>
        <translation>%1 Всё равно закрыть и потерять его текст?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="469"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="565"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="610"/>
        <source>Cannot send</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <source>Offline: the letter waits in the outbox and is sent at the next sync</source>
        <translation type="vanished">Нет связи: письмо ждёт в исходящих и будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="204"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>&amp;Sign with EDS</source>
        <translation type="vanished">&amp;Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="223"/>
        <source>EDS key</source>
        <translation>Ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="605"/>
        <source>The server refused the letter: %1</source>
        <translation>Сервер отклонил письмо: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="581"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="584"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="606"/>
        <source>Letter sent</source>
        <translation>Письмо отправлено</translation>
    </message>
</context>
<context>
    <name>DocumentCardDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="44"/>
        <source>Save as document card</source>
        <translation>Сохранить как карточку электронного документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="48"/>
        <source>A document card is a PDF that carries the signed document and its signatures, with pages anyone can read; it proves itself offline, years later (kaarkz/ddcard).</source>
        <translation>Карточка электронного документа — это PDF, в котором лежат подписанный документ и его подписи, со страницами, понятными любому человеку; она доказывает себя без сети и через годы (kaarkz/ddcard).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="56"/>
        <source>Signed document</source>
        <translation>Подписанный документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="58"/>
        <source>The letter itself</source>
        <translation>Само письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="60"/>
        <source>Signed document:</source>
        <translation>Подписанный документ:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="62"/>
        <source>Show the &amp;document on the card&apos;s pages</source>
        <translation>Показать &amp;документ на страницах карточки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="63"/>
        <source>A page for each &amp;signature</source>
        <translation>Страница для каждой &amp;подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="64"/>
        <source>The signatures as &amp;QR codes</source>
        <translation>Подписи в виде &amp;QR-кодов</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="70"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="91"/>
        <source>Save document card</source>
        <translation>Сохранение карточки электронного документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/cards.py" line="117"/>
        <source>Cannot make the document card</source>
        <translation>Не удалось сформировать карточку</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="54"/>
        <source>Drawing the first page…</source>
        <translation>Рисуется первая страница…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="71"/>
        <source>No preview for this kind of file: use Open or Save… to see it.</source>
        <translation>Для файлов этого вида нет просмотра: откройте или сохраните его.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="90"/>
        <source>the file is not a readable PDF</source>
        <translation>файл не является читаемым PDF</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="91"/>
        <source>the PDF is locked with a password</source>
        <translation>PDF защищён паролем</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="92"/>
        <source>the PDF has no pages</source>
        <translation>в PDF нет страниц</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/preview.py" line="98"/>
        <source>Page 1 of %n</source>
        <translation>
            <numerusform>Страница 1 из %n</numerusform>
            <numerusform>Страница 1 из %n</numerusform>
            <numerusform>Страница 1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/preview.py" line="101"/>
        <source>No preview: %1.</source>
        <translation>Просмотр невозможен: %1.</translation>
    </message>
</context>
<context>
    <name>DraftListDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="17"/>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="20"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="18"/>
        <source>No letter is being written.</source>
        <translation>Нет начатых писем.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="19"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="19"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="19"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="21"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="21"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/draftlist.py" line="35"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="211"/>
        <source>Welcome to QazMail</source>
        <translation>Добро пожаловать в QazMail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="216"/>
        <source>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.&lt;/p&gt;&lt;p&gt;Try the demo: a mail server on this computer with demo letters and keys, or add your own mail account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Почта с электронной цифровой подписью (ЭЦП) НУЦ Республики Казахстан.&lt;/p&gt;&lt;p&gt;Откройте демонстрацию: почтовый сервер на этом компьютере с демонстрационными письмами и ключами, или добавьте свою учётную запись.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="222"/>
        <source>Open the demo</source>
        <translation>Открыть демонстрацию</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="224"/>
        <source>Add my account</source>
        <translation>Добавить мою учётную запись</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="124"/>
        <location filename="../../qazmail_desktop/ui/models.py" line="154"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="186"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="187"/>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="188"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="189"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="190"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="191"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="138"/>
        <location filename="../../qazmail_desktop/ui/keys.py" line="150"/>
        <source>EDS keys</source>
        <translation>Ключи ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="142"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="143"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="144"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="145"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="146"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="147"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="148"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="153"/>
        <source>Add key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="155"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="168"/>
        <source>(open once to read)</source>
        <translation>(откройте один раз, чтобы прочитать)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="183"/>
        <source>Renew the key at the NCA before it expires</source>
        <translation>Перевыпустите ключ в НУЦ до истечения срока</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="189"/>
        <source>NCA key file</source>
        <translation>Файл ключа НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="189"/>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Ключи (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="199"/>
        <source>Cannot add the key</source>
        <translation>Не удалось добавить ключ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="117"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="127"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="185"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="237"/>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="241"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Message</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="243"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="244"/>
        <source>New</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="245"/>
        <source>Get mail</source>
        <translation>Получить почту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="246"/>
        <source>Open signed file…</source>
        <translation>Открыть подписанный файл…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="247"/>
        <source>Drafts…</source>
        <translation>Черновики…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="248"/>
        <source>Sign document…</source>
        <translation>Подписать документ…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="249"/>
        <source>Co-sign…</source>
        <translation>Добавить подпись…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="250"/>
        <source>Add account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="251"/>
        <source>Account settings…</source>
        <translation>Настройки учётной записи…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="252"/>
        <source>Remove account…</source>
        <translation>Удалить учётную запись…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="253"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="255"/>
        <source>Group by conversation</source>
        <translation>Группировать по переписке</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="258"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="259"/>
        <source>Reply all</source>
        <translation>Ответить всем</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="260"/>
        <source>Forward</source>
        <translation>Переслать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="261"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="262"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="263"/>
        <source>Archive the selected letters (A)</source>
        <translation>Переместить выбранные письма в архив (A)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="268"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="269"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="270"/>
        <source>Save as document card…</source>
        <translation>Сохранить как карточку документа…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="271"/>
        <source>Save signature register…</source>
        <translation>Сохранить реестр подписей…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="272"/>
        <source>Move to…</source>
        <translation>Переместить в…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="273"/>
        <source>Mark read/unread</source>
        <translation>Прочитано/не прочитано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="274"/>
        <source>Flag</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="275"/>
        <source>Verify signatures again</source>
        <translation>Проверить подписи заново</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="276"/>
        <source>Outbox…</source>
        <translation>Исходящие…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="277"/>
        <source>EDS keys…</source>
        <translation>Ключи ЭЦП…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="278"/>
        <source>Address book…</source>
        <translation>Адресная книга…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="279"/>
        <source>Message rules…</source>
        <translation>Правила для писем…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="280"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="282"/>
        <source>About QazMail Desktop…</source>
        <translation>О программе QazMail Desktop…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="284"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="285"/>
        <source>Search: words, names, IIN, BIN, from:, status:…</source>
        <translation>Поиск: слова, имена, ИИН, БИН, from:, status:…</translation>
    </message>
    <message>
        <source>Search: words, names, IIN, BIN…</source>
        <translation type="vanished">Поиск: слова, имена, ИИН, БИН…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="497"/>
        <source>Sync cancelled: what was fetched is kept</source>
        <translation>Синхронизация отменена: полученное сохранено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="509"/>
        <source>No password was given for %1: its mail was not fetched.</source>
        <translation>Для %1 не введён пароль: почта не получена.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="534"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>Синхронизация %1: %2 из %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="544"/>
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n новое письмо</numerusform>
            <numerusform>%n новых письма</numerusform>
            <numerusform>%n новых писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="639"/>
        <source>Cannot open the draft</source>
        <translation>Не удалось открыть черновик</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="686"/>
        <source>On %1, %2 wrote:</source>
        <translation>%1 %2 пишет:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="688"/>
        <source>%1 wrote:</source>
        <translation>%1 пишет:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="722"/>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="724"/>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="725"/>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="726"/>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="728"/>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="804"/>
        <source>Archived %n letter(s)</source>
        <translation>
            <numerusform>%n письмо перемещено в архив</numerusform>
            <numerusform>%n письма перемещены в архив</numerusform>
            <numerusform>%n писем перемещено в архив</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="852"/>
        <source>Print letter</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="855"/>
        <source>Letter printed</source>
        <translation>Письмо отправлено на печать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="863"/>
        <source>Save letter as PDF</source>
        <translation>Сохранить письмо как PDF</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="870"/>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="886"/>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="895"/>
        <source>Save as document card</source>
        <translation>Сохранить как карточку электронного документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="887"/>
        <source>This letter carries no signed document to make a card of.</source>
        <translation>В этом письме нет подписанного документа, из которого можно сформировать карточку.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="903"/>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="933"/>
        <source>Save signature register</source>
        <translation>Сохранение реестра подписей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="905"/>
        <source>No signed letter to list.</source>
        <translation>Нет подписанных писем для реестра.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="918"/>
        <source>A register is saved as .pdf, .xlsx or .csv: give the file one of these endings.</source>
        <translation>Реестр сохраняется как .pdf, .xlsx или .csv: дайте файлу одно из этих окончаний.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="979"/>
        <source>%n letter(s) found, the newest %1 shown</source>
        <translation>
            <numerusform>Найдено %n письмо, показаны %1 самых новых</numerusform>
            <numerusform>Найдено %n письма, показаны %1 самых новых</numerusform>
            <numerusform>Найдено %n писем, показаны %1 самых новых</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="983"/>
        <source>(the search index is still being built: some letters are not found yet)</source>
        <translation>(поисковый индекс ещё строится: некоторые письма пока не находятся)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="989"/>
        <source>Search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="991"/>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1014"/>
        <source>Signatures, PDF and XML (%1);;All files (*)</source>
        <translation>Подписи, PDF и XML (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A register is saved as .pdf or .csv: give the file one of these endings.</source>
        <translation type="vanished">Реестр сохраняется в .pdf или .csv: дайте файлу одно из этих расширений.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="921"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="930"/>
        <source>Register saved to %1</source>
        <translation>Реестр сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="936"/>
        <source>Checking signatures: %1 of %2</source>
        <translation>Проверка подписей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="940"/>
        <source>Document card saved to %1</source>
        <translation>Карточка документа сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="977"/>
        <source>Many letters found: the newest %1 are shown</source>
        <translation>Найдено много писем: показаны %1 самых новых</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="981"/>
        <source>%n letter(s) found</source>
        <translation>
            <numerusform>Найдено %n письмо</numerusform>
            <numerusform>Найдено %n письма</numerusform>
            <numerusform>Найдено %n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1012"/>
        <source>Open a signed file</source>
        <translation>Открыть подписанный файл</translation>
    </message>
    <message>
        <source>Signatures and PDF (%1);;All files (*)</source>
        <translation type="vanished">Подписи и PDF (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1045"/>
        <source>Signature written to %1</source>
        <translation>Подпись сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1075"/>
        <source>Message rules</source>
        <translation>Правила для писем</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1096"/>
        <source>No native GOST: 30-100 times slower</source>
        <translation>ГОСТ не в машинном коде: в 30–100 раз медленнее</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1100"/>
        <source>Native GOST is missing: GOST signatures are made and checked 30-100 times slower. Reinstall QazMail Desktop with a C compiler.</source>
        <translation>ГОСТ в машинном коде отсутствует: подписи ГОСТ создаются и проверяются в 30–100 раз медленнее. Переустановите QazMail Desktop с компилятором C.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1132"/>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="1134"/>
        <source>Remove the account %1 from QazMail? Its letters are deleted from this computer only; they stay on the server. Letters not sent yet are dropped.</source>
        <translation>Удалить учётную запись %1 из QazMail? Её письма удаляются только с этого компьютера, на сервере они остаются. Неотправленные письма будут отменены.</translation>
    </message>
    <message>
        <source>%1 new letters</source>
        <translation type="vanished">Новых писем: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="551"/>
        <source>Mail is up to date</source>
        <translation>Почта обновлена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="560"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="560"/>
        <source>○ Offline — working from the cache</source>
        <translation>○ Нет связи — работа с локальной копией</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="567"/>
        <source>Add a mail account first.</source>
        <translation>Сначала добавьте почтовую учётную запись.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="722"/>
        <source>Forwarded letter</source>
        <translation>Пересылаемое письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="812"/>
        <source>Move to</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="812"/>
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
        <location filename="../../qazmail_desktop/ui/models.py" line="334"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="334"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="335"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="336"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="337"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="341"/>
        <source>Unread, flagged, attachments</source>
        <translation>Не прочитано, отмечено, вложения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="341"/>
        <source>Electronic signature</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="380"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="394"/>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="395"/>
        <source>Flagged</source>
        <translation>Помечено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="396"/>
        <source>Has attachments</source>
        <translation>Есть вложения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="411"/>
        <source>This letter could not be read: %1. It is kept as it arrived; open it to see its text.</source>
        <translation>Это письмо не удалось прочитать: %1. Оно сохранено в том виде, в каком пришло; откройте его, чтобы увидеть текст.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="417"/>
        <source>Signed; not checked yet</source>
        <translation>Подписано; ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="420"/>
        <source>Partly signed: the text is not what was signed (%1)</source>
        <translation>Подписана лишь часть: текст письма — не то, что подписано (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="422"/>
        <source>Signature valid</source>
        <translation>Подпись действительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="423"/>
        <source>Signature not valid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="424"/>
        <source>Signature with a warning</source>
        <translation>Подпись с предупреждением</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="425"/>
        <source>Signature not proven either way</source>
        <translation>Подпись не доказана ни в одну сторону</translation>
    </message>
</context>
<context>
    <name>OperatorChips</name>
    <message>
        <location filename="../../qazmail_desktop/ui/searchbox.py" line="84"/>
        <source>Remove %1 from the search</source>
        <translation>Убрать %1 из поиска</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="22"/>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="111"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="23"/>
        <source>The outbox is empty: every letter was sent.</source>
        <translation>Исходящих нет: все письма отправлены.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="24"/>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="25"/>
        <source>Letters not sent yet</source>
        <translation>Ещё не отправленные письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="26"/>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="26"/>
        <source>&amp;Drop</source>
        <translation>&amp;Не отправлять</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="26"/>
        <source>Send &amp;without time-stamp</source>
        <translation>Отправить &amp;без метки времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="36"/>
        <source>A letter signed offline waits for its time-stamp, which proves when it was signed. Sent without, its signing time is only your claim.</source>
        <translation>Письмо, подписанное без сети, ждёт метку времени — она доказывает, когда оно подписано. Без неё время подписи — лишь ваше утверждение.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="59"/>
        <source>the server asked for it later: not before %1</source>
        <translation>сервер попросил прислать позже: не раньше %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="63"/>
        <source>may have been sent: ask the recipient, then Send again or Drop</source>
        <translation>возможно, отправлено: спросите получателя, затем «Отправить снова» или «Удалить»</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="65"/>
        <source>waits for the next sync</source>
        <translation>ждёт следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="66"/>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="67"/>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="90"/>
        <source>Send without time-stamp?</source>
        <translation>Отправить без метки времени?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="92"/>
        <source>Without its time-stamp, nothing proves when this letter was signed: its signing time is only your computer&apos;s claim, and whether your certificate was valid is judged whenever the letter is checked — after the certificate expires or is revoked, the signature will not be valid. Send it without the time-stamp?</source>
        <translation>Без метки времени ничто не доказывает, когда письмо подписано: время подписи — лишь утверждение вашего компьютера, а действительность сертификата оценивается при каждой проверке письма — после истечения срока или отзыва сертификата подпись станет недействительной. Отправить без метки времени?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/outbox.py" line="57"/>
        <source>signed offline: waits for its time-stamp</source>
        <translation>подписано без сети: ждёт метку времени</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="39"/>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="41"/>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="45"/>
        <source>Keep for this session only</source>
        <translation>Запомнить только на этот сеанс</translation>
    </message>
</context>
<context>
    <name>QrSignDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="171"/>
        <source>Sign with eGov Mobile</source>
        <translation>Подписать в eGov Mobile</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="vanished">Документ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="184"/>
        <source>Connecting to SIGEX…</source>
        <translation>Подключение к SIGEX…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="191"/>
        <source>QR code for eGov Mobile</source>
        <translation>QR-код для eGov Mobile</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="208"/>
        <source>Scan with the demo phone</source>
        <translation>Отсканировать демо-телефоном</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="210"/>
        <source>Decline on the demo phone</source>
        <translation>Отклонить на демо-телефоне</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="217"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="265"/>
        <source>the attached files</source>
        <translation>вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="266"/>
        <source>the letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="267"/>
        <source>the document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="270"/>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="292"/>
        <source>Scan the QR code with eGov Mobile. Waiting for the phone…</source>
        <translation>Отсканируйте QR-код в eGov Mobile. Ждём телефон…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="305"/>
        <source>The QR code has expired</source>
        <translation>Срок QR-кода истёк</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="309"/>
        <source>Expires in %1</source>
        <translation>Истекает через %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="319"/>
        <source>The phone has the attached files: confirm on the phone…</source>
        <translation>Вложенные файлы на телефоне: подтвердите на телефоне…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="320"/>
        <source>The phone has the letter: confirm on the phone…</source>
        <translation>Письмо на телефоне: подтвердите на телефоне…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="321"/>
        <source>The phone has the document: confirm on the phone…</source>
        <translation>Документ на телефоне: подтвердите на телефоне…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="340"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="357"/>
        <source>Declined on the phone.</source>
        <translation>Отклонено на телефоне.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="358"/>
        <source>The QR code expired before the phone signed.</source>
        <translation>Срок QR-кода истёк до подписи на телефоне.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="359"/>
        <source>SIGEX cannot be reached.</source>
        <translation>SIGEX недоступен.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="360"/>
        <source>SIGEX did not answer in time.</source>
        <translation>SIGEX не ответил вовремя.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="361"/>
        <source>SIGEX refused the signing procedure.</source>
        <translation>SIGEX отклонил процедуру подписания.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="362"/>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="363"/>
        <source>SIGEX gave an answer QazMail cannot use.</source>
        <translation>SIGEX дал ответ, который QazMail не может использовать.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="364"/>
        <source>The signature eGov Mobile sent back is not valid.</source>
        <translation>Подпись, которую вернул eGov Mobile, недействительна.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="366"/>
        <source>The attached files and the letter came back signed by different people (was the second QR code scanned by another phone?).</source>
        <translation>Вложенные файлы и письмо вернулись подписанными разными людьми (не отсканировал ли второй QR-код другой телефон?).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="370"/>
        <source>The earlier signature no longer proves the document: a co-signature would vouch for it.</source>
        <translation>Прежняя подпись больше не подтверждает документ: добавленная подпись поручилась бы за него.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="373"/>
        <source>Signing with eGov Mobile was cancelled.</source>
        <translation>Подписание в eGov Mobile отменено.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="374"/>
        <source>Too much to sign at once: SIGEX takes %1 MiB at most.</source>
        <translation>Слишком много для одной подписи: SIGEX принимает не более %1 МиБ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="378"/>
        <source>Signing with eGov Mobile failed.</source>
        <translation>Подписание в eGov Mobile не удалось.</translation>
    </message>
    <message>
        <source>Signed in eGov Mobile. The signature is written to %1</source>
        <translation type="vanished">Подписано в eGov Mobile. Подпись записана в %1</translation>
    </message>
    <message>
        <source>Declined on the phone: nothing was signed or written.</source>
        <translation type="vanished">Отклонено на телефоне: ничего не подписано и не записано.</translation>
    </message>
    <message>
        <source>The QR code expired before the phone signed: nothing was written. Sign again.</source>
        <translation type="vanished">Срок QR-кода истёк до подписи на телефоне: ничего не записано. Подпишите снова.</translation>
    </message>
    <message>
        <source>SIGEX cannot be reached: nothing was signed or written.</source>
        <translation type="vanished">SIGEX недоступен: ничего не подписано и не записано.</translation>
    </message>
    <message>
        <source>SIGEX did not answer in time: nothing was signed or written.</source>
        <translation type="vanished">SIGEX не ответил вовремя: ничего не подписано и не записано.</translation>
    </message>
    <message>
        <source>SIGEX refused the signing procedure: nothing was signed or written.</source>
        <translation type="vanished">SIGEX отклонил процедуру подписания: ничего не подписано и не записано.</translation>
    </message>
    <message>
        <source>SIGEX gave an answer QazMail cannot use: nothing was written.</source>
        <translation type="vanished">SIGEX дал ответ, который QazMail не может использовать: ничего не записано.</translation>
    </message>
    <message>
        <source>The signature eGov Mobile sent back is not valid: nothing was written.</source>
        <translation type="vanished">Подпись, которую вернул eGov Mobile, недействительна: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="372"/>
        <source>The SIGEX address in the settings is not a service address.</source>
        <translation>Адрес SIGEX в настройках не является адресом сервиса.</translation>
    </message>
    <message>
        <source>Signing with eGov Mobile was cancelled: nothing was written.</source>
        <translation type="vanished">Подписание в eGov Mobile отменено: ничего не записано.</translation>
    </message>
    <message>
        <source>Signing with eGov Mobile failed: nothing was written.</source>
        <translation type="vanished">Подписание в eGov Mobile не удалось: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/qrsign.py" line="400"/>
        <source>The demo phone: %1</source>
        <translation>Демо-телефон: %1</translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="48"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="48"/>
        <source>Only unread letters</source>
        <translation>Только непрочитанные письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="49"/>
        <source>Flagged</source>
        <translation>Помеченные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="49"/>
        <source>Only flagged letters</source>
        <translation>Только помеченные письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="50"/>
        <source>Attachments</source>
        <translation>С вложениями</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="50"/>
        <source>Only letters with attachments</source>
        <translation>Только письма с вложениями</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="51"/>
        <source>Signed</source>
        <translation>Подписанные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="51"/>
        <source>Only letters with an electronic signature</source>
        <translation>Только письма с электронной подписью</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="56"/>
        <source>Filter these letters…</source>
        <translation>Отфильтровать эти письма…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="57"/>
        <source>Filter these letters</source>
        <translation>Отфильтровать эти письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="58"/>
        <source>Sender, recipients or subject (Ctrl+Shift+K)</source>
        <translation>Отправитель, получатели или тема (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="61"/>
        <source>Clear the filter</source>
        <translation>Очистить фильтр</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="122"/>
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
        <location filename="../../qazmail_desktop/ui/reading.py" line="142"/>
        <source>Show remote content</source>
        <translation>Показать внешнее содержимое</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="154"/>
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="162"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="169"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="172"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="173"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="190"/>
        <source>No letter selected</source>
        <translation>Письмо не выбрано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="203"/>
        <source>This letter cannot be shown: %1</source>
        <translation>Это письмо невозможно показать: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="207"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="209"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="220"/>
        <source>The body of this letter cannot be shown (%1). Its bytes are kept; save it to inspect it.</source>
        <translation>Текст этого письма невозможно показать (%1). Письмо сохранено без изменений; сохраните его, чтобы изучить.</translation>
    </message>
    <message>
        <source>%1 remote images or links were blocked to protect your privacy.</source>
        <translation type="vanished">Заблокировано внешних изображений и ссылок: %1 (для защиты вашей конфиденциальности).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/reading.py" line="226"/>
        <source>%n remote image(s) or link(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>Заблокировано %n внешнее изображение или ссылка для защиты вашей приватности.</numerusform>
            <numerusform>Заблокировано %n внешних изображения или ссылки для защиты вашей приватности.</numerusform>
            <numerusform>Заблокировано %n внешних изображений или ссылок для защиты вашей приватности.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="250"/>
        <source>Ambiguous structure — not shown as signed. Mail programs can read this letter in different ways (%1). Below is its raw source, as it arrived.</source>
        <translation>Неоднозначная структура — не показано как подписанное. Почтовые программы могут прочитать это письмо по-разному (%1). Ниже его исходный текст в том виде, в каком оно пришло.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="254"/>
        <source>This letter&apos;s structure can be read in more than one way (%1).</source>
        <translation>Структуру этого письма можно прочитать по-разному (%1).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="265"/>
        <source>an unclosed quote in %2</source>
        <translation>незакрытая кавычка в %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="266"/>
        <source>the parameter %1 is given twice in %2</source>
        <translation>параметр %1 указан дважды в %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="267"/>
        <source>the parameter %1 is given in two forms in %2</source>
        <translation>параметр %1 указан в двух формах в %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="268"/>
        <source>the boundary %1 overlaps the enclosing boundary %2</source>
        <translation>граница %1 пересекается с внешней границей %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="269"/>
        <source>a boundary line begins after a bare CR</source>
        <translation>строка границы начинается после одиночного CR</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="270"/>
        <source>a boundary line ends with a bare CR</source>
        <translation>строка границы заканчивается одиночным CR</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="271"/>
        <source>a header line is broken by the control character %1</source>
        <translation>строка заголовка разорвана управляющим символом %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="272"/>
        <source>the header starts with a folded line</source>
        <translation>заголовок начинается со строки-продолжения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="273"/>
        <source>a header line without a colon: %1</source>
        <translation>строка заголовка без двоеточия: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="274"/>
        <source>a header field name that is not one word before its colon: %1</source>
        <translation>имя поля заголовка перед двоеточием — не одно слово: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="275"/>
        <source>the header field %1 is given twice</source>
        <translation>поле заголовка %1 указано дважды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="346"/>
        <source>%1, attached to the letter “%2”</source>
        <translation>%1, вложение письма «%2»</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="350"/>
        <location filename="../../qazmail_desktop/ui/reading.py" line="355"/>
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="356"/>
        <source>No program on this computer opens %1. Use Save… to keep it and open it yourself.</source>
        <translation>На этом компьютере нет программы, которая открывает %1. Сохраните файл (Сохранить…) и откройте его сами.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="371"/>
        <source>Open a program?</source>
        <translation>Открыть программу?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="373"/>
        <source>%1 is a program or a script: opening it runs it on this computer. Letters are a common way to spread harmful programs. Open it only if you expected it from this sender.</source>
        <translation>%1 — программа или сценарий: открыть его значит запустить на этом компьютере. Вредоносные программы часто приходят в письмах. Открывайте, только если вы ждали его от этого отправителя.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="386"/>
        <source>Save attachment to folder</source>
        <translation>Сохранить вложение в папку</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="392"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="394"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="517"/>
        <source>There is no @ in it: an e-mail address looks like name@example.kz</source>
        <translation>Здесь нет @: адрес электронной почты выглядит как name@example.kz</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="519"/>
        <source>An e-mail address has no spaces; separate recipients with commas</source>
        <translation>В адресе электронной почты не бывает пробелов; разделяйте получателей запятыми</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="520"/>
        <source>This is not an e-mail address: an address looks like name@example.kz</source>
        <translation>Это не адрес электронной почты: адрес выглядит как name@example.kz</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="546"/>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="547"/>
        <source>Remove this recipient (Backspace)</source>
        <translation>Убрать этого получателя (Backspace)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/recipients.py" line="667"/>
        <source>Chosen: %1. Backspace removes it.</source>
        <translation>Выбран: %1. Backspace убирает его.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="16"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="17"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="18"/>
        <source>Head of the organisation</source>
        <translation>Первый руководитель организации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="19"/>
        <source>Authorised to sign</source>
        <translation>Лицо с правом подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="20"/>
        <source>Authorised to sign financial documents</source>
        <translation>Право подписи финансовых документов</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="21"/>
        <source>HR officer</source>
        <translation>Сотрудник отдела кадров</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="22"/>
        <source>Employee</source>
        <translation>Сотрудник организации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="23"/>
        <source>Information system</source>
        <translation>Информационная система</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="24"/>
        <source>Treasury client</source>
        <translation>Клиент казначейства</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="34"/>
        <location filename="../../qazmail_desktop/ui/rules.py" line="98"/>
        <source>Message rules</source>
        <translation>Правила для писем</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>Then</source>
        <translation>Тогда</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="36"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="45"/>
        <source>any role</source>
        <translation>любая роль</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="50"/>
        <source>any letter</source>
        <translation>любое письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="51"/>
        <source>signature valid</source>
        <translation>подпись действительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="52"/>
        <source>signature bad (modified, revoked, invalid)</source>
        <translation>подпись недействительна (изменено, отозвано, неверно)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="53"/>
        <source>signature with warnings (untrusted, expired)</source>
        <translation>подпись с предупреждением (нет доверия, истёк срок)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="54"/>
        <source>signature not proven either way</source>
        <translation>подпись не подтверждена и не опровергнута</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="58"/>
        <source>(do not move)</source>
        <translation>(не перемещать)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="61"/>
        <source>Flag it</source>
        <translation>Пометить флажком</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="62"/>
        <source>Also when the signer&apos;s signature is not valid</source>
        <translation>Даже если подпись этого подписанта недействительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="65"/>
        <source>A rule on a signer (IIN, BIN, role) takes only letters whose signature by that signer is valid: a tampered, revoked or forged letter in their name is left where it is. Tick this to take those letters too.</source>
        <translation>Правило по подписанту (ИИН, БИН, роль) берёт только письма, где его подпись действительна: изменённое, отозванное или поддельное письмо от его имени остаётся на месте. Отметьте, чтобы брать и такие письма.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="71"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="72"/>
        <source>From contains:</source>
        <translation>Отправитель содержит:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="73"/>
        <source>Subject contains:</source>
        <translation>Тема содержит:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="74"/>
        <source>Signer&apos;s IIN:</source>
        <translation>ИИН подписанта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="75"/>
        <source>Signer&apos;s BIN:</source>
        <translation>БИН подписанта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="76"/>
        <source>Signer&apos;s role:</source>
        <translation>Роль подписанта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="78"/>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="79"/>
        <source>Move to:</source>
        <translation>Переместить в:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="84"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="86"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="88"/>
        <source>Apply to the inbox &amp;now</source>
        <translation>Применить к входящим &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="108"/>
        <source>from</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="109"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="110"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="111"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="112"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="113"/>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="118"/>
        <source>valid signatures only</source>
        <translation>только действительные подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="119"/>
        <source>move to %1</source>
        <translation>переместить в %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="120"/>
        <source>flag</source>
        <translation>пометить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="128"/>
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="143"/>
        <source>Cannot add the rule</source>
        <translation>Невозможно добавить правило</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/rules.py" line="163"/>
        <source>No letter in the inbox matched.</source>
        <translation>Ни одно письмо во входящих не подошло.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="45"/>
        <source>Not a date: %1 (write 01.12.2026, 2026-12-01, today or yesterday)</source>
        <translation>Не дата: %1 (пишите 01.12.2026, 2026-12-01, сегодня или вчера)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="48"/>
        <source>%2: needs a value</source>
        <translation>%2: нужно значение</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="49"/>
        <source>%2: takes 12 digits, not %1</source>
        <translation>%2: нужно 12 цифр, а не %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="50"/>
        <source>has: takes attachment or signature, not %1</source>
        <translation>has: нужно attachment или signature, а не %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="51"/>
        <source>status: takes %3, not %1</source>
        <translation>status: нужно одно из: %3, а не %1</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="35"/>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (шифрование с начала соединения)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="36"/>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (шифрование после подключения)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/wording.py" line="37"/>
        <source>None (this computer only)</source>
        <translation>Без шифрования (только этот компьютер)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="157"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="160"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="164"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="165"/>
        <source>The language changes after a restart.</source>
        <translation>Язык сменится после перезапуска.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="167"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="167"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="167"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="170"/>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="175"/>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="188"/>
        <source>SIGEX address</source>
        <translation>Адрес SIGEX</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="176"/>
        <source>SIGEX address (eGov Mobile):</source>
        <translation>Адрес SIGEX (eGov Mobile):</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="189"/>
        <source>This is not an address signing by QR can use (%1). Give an https:// address.</source>
        <translation>Этот адрес нельзя использовать для подписания по QR (%1). Укажите адрес https://.</translation>
    </message>
</context>
<context>
    <name>SignDocumentDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="93"/>
        <location filename="../../qazmail_desktop/ui/documents.py" line="150"/>
        <source>Co-sign</source>
        <translation>Добавить подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="93"/>
        <source>Sign document</source>
        <translation>Подписать документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="98"/>
        <source>Signature file</source>
        <translation>Файл подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="98"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="100"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="105"/>
        <source>Signature file:</source>
        <translation>Файл подписи:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="105"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="120"/>
        <source>EDS key</source>
        <translation>Ключ ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="121"/>
        <source>EDS key:</source>
        <translation>Ключ ЭЦП:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="124"/>
        <source>The document passes through SIGEX (%1) to eGov Mobile.</source>
        <translation>Документ проходит через SIGEX (%1) в eGov Mobile.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="130"/>
        <source>&amp;Detached signature (the document stays as it is, the signature beside it)</source>
        <translation>&amp;Отдельная подпись (документ не меняется, подпись рядом с ним)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="135"/>
        <source>Add a &amp;time-stamp (proves when it was signed)</source>
        <translation>Добавить &amp;метку времени (доказывает время подписи)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="192"/>
        <source>&amp;XML signature inside the document (as e-government services sign XML)</source>
        <translation>&amp;XML-подпись внутри документа (так подписывают XML сервисы электронного правительства)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="150"/>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="109"/>
        <source>&amp;Key file (.p12)</source>
        <translation>&amp;Файл ключа (.p12)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="111"/>
        <source>e&amp;Gov Mobile (QR)</source>
        <translation>e&amp;Gov Mobile (QR)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="118"/>
        <source>Sign with:</source>
        <translation>Чем подписать:</translation>
    </message>
    <message>
        <source>The document passes through SIGEX (sigex.kz) to eGov Mobile.</source>
        <translation type="vanished">Документ проходит через SIGEX (sigex.kz) в eGov Mobile.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="194"/>
        <source>Signature &amp;inside the PDF (PAdES: PDF readers show it)</source>
        <translation>Подпись &amp;внутри PDF (PAdES: её показывают программы чтения PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="200"/>
        <source>The signature will be written to %1</source>
        <translation>Подпись будет сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="203"/>
        <source>The signature to co-sign</source>
        <translation>Подпись, к которой добавить свою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="203"/>
        <source>The document to sign</source>
        <translation>Документ для подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="215"/>
        <source>No key</source>
        <translation>Нет ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="215"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Сначала добавьте ключ ЭЦП в менеджере ключей.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="218"/>
        <location filename="../../qazmail_desktop/ui/documents.py" line="316"/>
        <location filename="../../qazmail_desktop/ui/documents.py" line="344"/>
        <source>Cannot sign</source>
        <translation>Невозможно подписать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="218"/>
        <source>No such file: %1</source>
        <translation>Файл не найден: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="258"/>
        <source>Signature file: %1</source>
        <translation>Файл подписи: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="258"/>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="259"/>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="274"/>
        <source>Signed in eGov Mobile. The signature is written to %1</source>
        <translation>Подписано в eGov Mobile. Подпись записана в %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="315"/>
        <source>The signature would be written over %1. Move or rename that file first.</source>
        <translation>Подпись была бы записана поверх %1. Сначала переместите или переименуйте этот файл.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="323"/>
        <source>Sign an empty file?</source>
        <translation>Подписать пустой файл?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="324"/>
        <source>%1 is empty: the signature will cover no content. Sign it anyway?</source>
        <translation>%1 пуст: подпись не будет охватывать никакого содержимого. Всё равно подписать?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="334"/>
        <source>Replace?</source>
        <translation>Заменить?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/documents.py" line="334"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="136"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>A part of the letter only</source>
        <translation type="vanished">Только часть письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="140"/>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="142"/>
        <source>Attachment: %1</source>
        <translation>Вложение: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="150"/>
        <source>Show the signature&apos;s card</source>
        <translation>Показать карточку подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="165"/>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="173"/>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="237"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="237"/>
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
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="106"/>
        <source>%1 — element %2 only</source>
        <translation>%1 — только элемент %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="138"/>
        <source>Only a part of the letter is signed</source>
        <translation>Подписана только часть письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="154"/>
        <source>signature valid</source>
        <translation>подпись действительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="186"/>
        <source>What this signature really covers:</source>
        <translation>Что на самом деле подписано:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="247"/>
        <source>Signed no later than %1 (proven by a trusted time-stamp)</source>
        <translation>Подписано не позднее %1 (доказано доверенной меткой времени)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="252"/>
        <source>Signing time claimed by the signer: %1 (not proven; checked as of now)</source>
        <translation>Время подписи со слов подписанта: %1 (не доказано; проверено на текущий момент)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="260"/>
        <source>time-stamped %1</source>
        <translation>метка времени: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="263"/>
        <source>time claimed: %1</source>
        <translation>заявленное время: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="268"/>
        <source>Signature valid</source>
        <translation>Подпись верна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="269"/>
        <source>Signature intact, revocation status unknown</source>
        <translation>Подпись цела, статус отзыва неизвестен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="270"/>
        <source>Signed document missing</source>
        <translation>Нет подписанного документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="271"/>
        <source>Document modified after signing</source>
        <translation>Документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="272"/>
        <source>Signature invalid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="273"/>
        <source>Key not for signing</source>
        <translation>Ключ не для подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="274"/>
        <source>Certificate suspended</source>
        <translation>Действие сертификата приостановлено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="275"/>
        <source>Certificate revoked</source>
        <translation>Сертификат отозван</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="276"/>
        <source>Certificate expired</source>
        <translation>Срок действия сертификата истёк</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="277"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат ещё не действует</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="278"/>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="279"/>
        <source>Older NCA generation</source>
        <translation>Старое поколение НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="280"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм не поддерживается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="281"/>
        <source>Ambiguous structure — not shown as signed</source>
        <translation>Неоднозначная структура — не показано как подписанное</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="282"/>
        <source>Damaged signature</source>
        <translation>Подпись повреждена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="290"/>
        <source>No CRL or OCSP answer at hand says whether the certificate was revoked. Go online and check again.</source>
        <translation>Ни CRL, ни ответ OCSP не говорят, был ли отозван сертификат. Подключитесь к сети и проверьте снова.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="292"/>
        <source>The signed document is needed to check that it was not changed.</source>
        <translation>Чтобы проверить, что документ не изменён, нужен сам подписанный документ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="294"/>
        <source>This is an authentication (AUTH) key: it cannot sign documents, so this is not a valid signature.</source>
        <translation>Это ключ аутентификации (AUTH): им нельзя подписывать документы, поэтому подпись недействительна.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="297"/>
        <source>The certificate had expired at the time that counts. Without a trusted time-stamp that time is now.</source>
        <translation>На значимый момент срок действия сертификата истёк. Без доверенной метки времени этот момент — сейчас.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="300"/>
        <source>The certificate was suspended (on hold) at the time that counts. The CA may lift the suspension: check again later.</source>
        <translation>На момент, который имеет значение, действие сертификата было приостановлено. Удостоверяющий центр может снять приостановление: проверьте позже.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="303"/>
        <source>The certificate was revoked before the time that counts.</source>
        <translation>Сертификат отозван до значимого момента.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="304"/>
        <source>The certificate does not lead to a certification authority you trust.</source>
        <translation>Сертификат не ведёт к удостоверяющему центру, которому вы доверяете.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="305"/>
        <source>The document was changed after it was signed: do not rely on it.</source>
        <translation>Документ изменён после подписания: не полагайтесь на него.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="306"/>
        <source>The signature does not match the document and the signer&apos;s key.</source>
        <translation>Подпись не соответствует документу и ключу подписанта.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="307"/>
        <source>The certificate was not yet valid at the time that counts.</source>
        <translation>На значимый момент сертификат ещё не действовал.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="309"/>
        <source>Made under an older NCA generation (2011–2016) this version cannot check: it is neither proven valid nor shown invalid.</source>
        <translation>Создана в старом поколении НУЦ (2011–2016), которое эта версия не может проверить: её действительность не доказана, но и недействительной она не признана.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="312"/>
        <source>QazMail cannot check this kind of signature.</source>
        <translation>QazMail не умеет проверять такую подпись.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="314"/>
        <source>This letter is built so that mail programs can show different text under the same signature. QazMail does not say which text was signed: ask the sender for the document again.</source>
        <translation>Это письмо построено так, что почтовые программы могут показать под одной подписью разный текст. QazMail не берётся сказать, какой текст подписан: попросите отправителя прислать документ заново.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="317"/>
        <source>The signature is damaged and cannot be read.</source>
        <translation>Подпись повреждена и не читается.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="324"/>
        <source>Certificate issued by the NCA root</source>
        <translation>Сертификат выдан корневым удостоверяющим центром</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="325"/>
        <source>Certificate issued by the NCA</source>
        <translation>Сертификат выдан Национальным удостоверяющим центром</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="326"/>
        <source>Certificate issued by the state bodies&apos; CA (УЦГО)</source>
        <translation>Сертификат выдан удостоверяющим центром государственных органов (УЦГО)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="327"/>
        <source>Certificate issued by BTS Digital&apos;s CA</source>
        <translation>Сертификат выдан удостоверяющим центром BTS Digital</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="333"/>
        <source>Signature details</source>
        <translation>Сведения о подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="338"/>
        <source>Signer %1</source>
        <translation>Подписант %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="346"/>
        <source>Time-stamp: %1 by %2</source>
        <translation>Метка времени: %1, выдана: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="352"/>
        <source>  Certificate chain:</source>
        <translation>  Цепочка сертификатов:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="354"/>
        <source>  Revocation: %1</source>
        <translation>  Отзыв: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="356"/>
        <source>  Issuing CAs: %1</source>
        <translation>  Удостоверяющие центры: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="360"/>
        <source>Evidence: %1 of %2, issued %3</source>
        <translation>Основание: %1 (%2), выпущен %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="366"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="374"/>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="429"/>
        <source>Signed by %1, but the letter says it is from %2.</source>
        <translation>Подписано %1, но письмо утверждает, что оно от %2.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="436"/>
        <source>The %1 line outside the signature was changed after signing; the signed %1 is shown.</source>
        <translation>Строка %1 вне подписи изменена после подписания; показана подписанная %1.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="443"/>
        <source>The card&apos;s pages differ from the signed original (page %1) — do not trust the printout.</source>
        <translation>Страницы карточки отличаются от подписанного подлинника (стр. %1) — не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="447"/>
        <source>The card&apos;s pages differ from the signed original (pages %1) — do not trust the printout.</source>
        <translation>Страницы карточки отличаются от подписанного подлинника (стр. %1) — не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="449"/>
        <source>The card&apos;s pages differ from the signed original — do not trust the printout.</source>
        <translation>Страницы карточки отличаются от подписанного подлинника — не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="452"/>
        <source>Not every page of the card could be compared with the signed original — rely on the attached original, not on the printout.</source>
        <translation>Не все страницы карточки удалось сравнить с подписанным подлинником — полагайтесь на вложенный подлинник, а не на распечатку.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="456"/>
        <source>The signer&apos;s certificate names no e-mail address to compare with the sender.</source>
        <translation>В сертификате подписавшего нет адреса электронной почты, чтобы сверить его с отправителем.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="461"/>
        <source>the letter&apos;s text</source>
        <translation>текст письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="465"/>
        <source>the rest of %1, outside the element %2</source>
        <translation>остальная часть %1 вне элемента %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="471"/>
        <source>what was added to %1 after its last signature</source>
        <translation>добавленное в %1 после его последней подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="479"/>
        <source>⚠ Only a part of this letter is signed. The text shown below is NOT what was signed: rely only on the signed text in the card. Not covered: %1</source>
        <translation>⚠ Подписана только часть этого письма. Текст ниже — НЕ то, что подписано: доверяйте только подписанному тексту в карточке. Не охвачено подписью: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="483"/>
        <source>Not covered by any signature: %1</source>
        <translation>Не охвачено ни одной подписью: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="486"/>
        <source>The signature covers the letter&apos;s text and attachments, not its subject, sender or date lines.</source>
        <translation>Подпись охватывает текст и вложения письма, но не его тему, отправителя и дату.</translation>
    </message>
</context>
<context>
    <name>SignedFileWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="47"/>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="76"/>
        <source>Checking the signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="60"/>
        <source>Choose the signed document…</source>
        <translation>Выбрать подписанный документ…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="64"/>
        <source>Save as document card…</source>
        <translation>Сохранить как карточку документа…</translation>
    </message>
    <message>
        <source>Document card: every signature is valid over the original and proves itself.</source>
        <translation type="vanished">Карточка документа: каждая подпись верна для подлинника и доказывает себя сама.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="93"/>
        <source>Document card: do not trust its data, a signature fails the card&apos;s checks.</source>
        <translation>Карточка документа: не доверяйте её данным — подпись не прошла проверки карточки.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="96"/>
        <source>Document card: the signatures are valid over the attached original, but the card&apos;s pages do not show it: do not trust the printout.</source>
        <translation>Карточка документа: подписи действительны для вложенного подлинника, но страницы карточки показывают не его: не доверяйте распечатке.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="101"/>
        <source>Document card: every signature is valid over the original and proves itself, and the pages show them.</source>
        <translation>Карточка документа: каждая подпись действительна для подлинника и доказывает себя сама, страницы показывают именно их.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="106"/>
        <source>This file holds no signature QazMail can find.</source>
        <translation>В этом файле QazMail не нашёл подписей.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="125"/>
        <source>The signed document: %1</source>
        <translation>Подписанный документ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="147"/>
        <source>Document card saved to %1</source>
        <translation>Карточка документа сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="153"/>
        <source>This file cannot be checked: %1</source>
        <translation>Этот файл невозможно проверить: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/fileview.py" line="157"/>
        <source>The signed document</source>
        <translation>Подписанный документ</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/formatting.py" line="59"/>
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
    <name>cli</name>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="39"/>
        <source>environment variable %1 is not set</source>
        <translation>переменная окружения %1 не задана</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="42"/>
        <source>no terminal to ask for the password: use --password-env VAR</source>
        <translation>нет терминала, чтобы спросить пароль: используйте --password-env VAR</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="46"/>
        <source>no password given</source>
        <translation>пароль не введён</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="56"/>
        <source>output folder does not exist: %1</source>
        <translation>папка для вывода не существует: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="58"/>
        <source>%1 is a folder: name the file to write</source>
        <translation>%1 — это папка: укажите файл для записи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="63"/>
        <source>the output %1 is the input %2: write to another file</source>
        <translation>выходной файл %1 — это входной файл %2: запишите в другой файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="69"/>
        <source>%1 exists: add --force to replace it</source>
        <translation>%1 уже существует: добавьте --force, чтобы заменить его</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/common.py" line="88"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="218"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="542"/>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="52"/>
        <source>Password for %1 at %2: </source>
        <translation>Пароль для %1 на %2: </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="67"/>
        <source>an account named %1 exists already</source>
        <translation>учётная запись с именем %1 уже существует</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="85"/>
        <source>--security none is allowed for loopback servers only, not %1</source>
        <translation>--security none разрешён только для loopback-серверов, не для %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="60"/>
        <source>Signature valid</source>
        <translation>Подпись действительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="61"/>
        <source>Signature intact, revocation status unknown</source>
        <translation>Подпись цела, статус отзыва неизвестен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="62"/>
        <source>Signed document missing</source>
        <translation>Нет подписанного документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="63"/>
        <source>Document modified after signing</source>
        <translation>Документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="64"/>
        <source>Signature invalid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="65"/>
        <source>Key not for signing</source>
        <translation>Ключ не для подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="66"/>
        <source>Certificate suspended</source>
        <translation>Действие сертификата приостановлено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="67"/>
        <source>Certificate revoked</source>
        <translation>Сертификат отозван</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="68"/>
        <source>Certificate expired</source>
        <translation>Срок действия сертификата истёк</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="69"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат ещё не действует</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="70"/>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="71"/>
        <source>Older NCA generation</source>
        <translation>Старое поколение НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="72"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм не поддерживается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="73"/>
        <source>Ambiguous structure — not shown as signed</source>
        <translation>Неоднозначная структура — не показано как подписанное</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="74"/>
        <source>Damaged signature</source>
        <translation>Подпись повреждена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="79"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="80"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="81"/>
        <source>Head of the organisation</source>
        <translation>Первый руководитель организации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="82"/>
        <source>Authorised to sign</source>
        <translation>Лицо с правом подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="83"/>
        <source>Authorised to sign financial documents</source>
        <translation>Право подписи финансовых документов</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="84"/>
        <source>HR officer</source>
        <translation>Сотрудник отдела кадров</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="85"/>
        <source>Employee</source>
        <translation>Сотрудник организации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="86"/>
        <source>Information system</source>
        <translation>Информационная система</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="87"/>
        <source>Treasury client</source>
        <translation>Клиент казначейства</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="92"/>
        <source>Root CA of the Republic of Kazakhstan policy</source>
        <translation>Политика корневого УЦ Республики Казахстан</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="93"/>
        <source>NCA regulations (certificates before 2022)</source>
        <translation>Регламент НУЦ (сертификаты до 2022 года)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="94"/>
        <source>NCA certificate policy</source>
        <translation>Политика применения сертификатов НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="95"/>
        <source>NCA policy: legal entity, signature</source>
        <translation>Политика НУЦ: юридическое лицо, подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="96"/>
        <source>NCA policy: legal entity, authentication</source>
        <translation>Политика НУЦ: юридическое лицо, аутентификация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="97"/>
        <source>NCA policy: individual, signature</source>
        <translation>Политика НУЦ: физическое лицо, подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="98"/>
        <source>NCA policy: individual, authentication</source>
        <translation>Политика НУЦ: физическое лицо, аутентификация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="103"/>
        <source>signer:</source>
        <translation>подписант:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="104"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="552"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="105"/>
        <source>organization:</source>
        <translation>организация:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="106"/>
        <source>roles:</source>
        <translation>роли:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="107"/>
        <source>template:</source>
        <translation>шаблон:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="108"/>
        <source>certificate:</source>
        <translation>сертификат:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="109"/>
        <source>signed by:</source>
        <translation>подписано не позднее:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="110"/>
        <source>signingTime:</source>
        <translation>заявленное время:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="111"/>
        <source>time-stamp:</source>
        <translation>метка времени:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="112"/>
        <source>judged at:</source>
        <translation>момент оценки:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="113"/>
        <source>revocation:</source>
        <translation>отзыв:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="114"/>
        <source>issuing CAs:</source>
        <translation>издающие УЦ:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="172"/>
        <source>key file: %1</source>
        <translation>файл ключа: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="173"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="86"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="522"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="199"/>
        <source>choose one of --xml (an XML document) and --pades (a PDF)</source>
        <translation>выберите одно: --xml (XML-документ) или --pades (PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="207"/>
        <source>%1 is too large to embed; sign it with --detached</source>
        <translation>%1 слишком велик, чтобы встроить его в подпись; подпишите его с --detached</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="209"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="225"/>
        <source>warning: %1 is empty: the signature will cover no content</source>
        <translation>предупреждение: %1 пуст: подпись не будет охватывать никакого содержимого</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="220"/>
        <source>--qr makes a CMS: not with --xml or --pades</source>
        <translation>--qr создаёт CMS: не вместе с --xml или --pades</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="222"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="308"/>
        <location filename="../../qazmail_desktop/cli/mail.py" line="527"/>
        <source>--qr: eGov Mobile time-stamps its signature itself; leave out --tsa</source>
        <translation>--qr: eGov Mobile сам ставит метку времени на подпись; уберите --tsa</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="23"/>
        <source>--sigex: %1</source>
        <translation>--sigex: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="44"/>
        <source>the letter and the files it signs pass through SIGEX to eGov Mobile</source>
        <translation>письмо и подписываемые файлы проходят через SIGEX в eGov Mobile</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="46"/>
        <source>the document passes through SIGEX to eGov Mobile</source>
        <translation>документ проходит через SIGEX в eGov Mobile</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="57"/>
        <source>the link is too long for a QR code in the terminal: open it on the phone</source>
        <translation>ссылка слишком длинная для QR-кода в терминале: откройте её на телефоне</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="59"/>
        <source>SIGEX gave no link: scan its QR code in %1</source>
        <translation>SIGEX не дал ссылку: отсканируйте его QR-код из %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="61"/>
        <source>eGov Mobile:</source>
        <translation>eGov Mobile:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="62"/>
        <source>eGov Business:</source>
        <translation>eGov Business:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="66"/>
        <source>scan the QR code with eGov Mobile before %1</source>
        <translation>отсканируйте QR-код в eGov Mobile до %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/qrterminal.py" line="80"/>
        <source>the phone has the document: confirm the signature on it</source>
        <translation>документ на телефоне: подтвердите подпись на нём</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="237"/>
        <source>signed in eGov Mobile by %1 -&gt; %2</source>
        <translation>подписано в eGov Mobile: %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="250"/>
        <source>signed by %1 (%2)</source>
        <translation>подписано: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="257"/>
        <source>--xml makes an enveloped XML signature: it is never detached and has no time-stamp</source>
        <translation>--xml создаёт встроенную (enveloped) XML-подпись: она не бывает отделённой и не содержит метки времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="275"/>
        <source>--pades signs inside the PDF: it is never detached</source>
        <translation>--pades подписывает внутри PDF: такая подпись не бывает отделённой</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="278"/>
        <source>%1 is not a PDF file; --pades signs PDFs only</source>
        <translation>%1 — не PDF-файл; --pades подписывает только PDF</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="302"/>
        <source>co-signed by %1</source>
        <translation>добавлена подпись: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="324"/>
        <source>co-signed in eGov Mobile by %1 -&gt; %2</source>
        <translation>подпись добавлена в eGov Mobile: %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="347"/>
        <source>%1 is a detached signature: give the signed document with --data FILE</source>
        <translation>%1 — отделённая подпись: укажите подписанный документ через --data FILE</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="349"/>
        <source>the signed document: %1 (found beside the signature)</source>
        <translation>подписанный документ: %1 (найден рядом с подписью)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="363"/>
        <source>give the signed document with --data FILE to check that it was not changed</source>
        <translation>укажите подписанный документ через --data FILE, чтобы проверить, что он не изменён</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="381"/>
        <source>%1 (proven by a trusted time-stamp)</source>
        <translation>%1 (доказано доверенной меткой времени)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="384"/>
        <source>%1 (claimed by the signer, proves nothing)</source>
        <translation>%1 (указано подписантом, ничего не доказывает)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="388"/>
        <source>trusted</source>
        <translation>доверенная</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="390"/>
        <source>not trusted</source>
        <translation>недоверенная</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="393"/>
        <source>%1 by %2 (%3)</source>
        <translation>%1, выдана: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="396"/>
        <source>%1 (now: no trusted time-stamp)</source>
        <translation>%1 (текущий момент: доверенной метки времени нет)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="417"/>
        <source>verify --message needs --uid N (and --account, --folder)</source>
        <translation>для verify --message нужен --uid N (и --account, --folder)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="422"/>
        <source>name a CMS file, or use --message</source>
        <translation>укажите файл CMS или используйте --message</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="637"/>
        <source>not a demo QR link: the demo phone scans the embedded server&apos;s links only</source>
        <translation>не демо-ссылка QR: демо-телефон сканирует только ссылки встроенного сервера</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="646"/>
        <source>the demo phone cannot reach %1: %2</source>
        <translation>демо-телефон не может связаться с %1: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="648"/>
        <source>the demo phone: %1</source>
        <translation>демо-телефон: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="650"/>
        <source>declined on the demo phone</source>
        <translation>отклонено на демо-телефоне</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="652"/>
        <source>signed on the demo phone</source>
        <translation>подписано на демо-телефоне</translation>
    </message>
    <message>
        <source>%1: a CMS larger than %2 MiB is not read</source>
        <translation type="vanished">%1: CMS больше %2 МиБ не читается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="444"/>
        <source>no signatures in this CMS</source>
        <translation>в этой CMS нет подписей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="446"/>
        <source>signature %1: %2</source>
        <translation>подпись %1: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="454"/>
        <source>--data is for a detached CMS: a PDF signature is inside the PDF it signs</source>
        <translation>--data — для отделённой CMS: подпись PDF находится внутри подписанного ею PDF</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="461"/>
        <source>no signature inside this PDF</source>
        <translation>в этом PDF нет подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="495"/>
        <source>signature (%1): not readable: %2</source>
        <translation>подпись (%1): не читается: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="499"/>
        <source>signature %1 (%2): %3</source>
        <translation>подпись %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="502"/>
        <source>not signed: %1</source>
        <translation>не подписано: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="509"/>
        <source>--data is for a detached CMS: an XML signature is inside the document it signs</source>
        <translation>--data — для отделённой CMS: XML-подпись находится внутри подписанного ею документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="522"/>
        <source>no XML signature in this document</source>
        <translation>в этом документе нет XML-подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="530"/>
        <source>EXPIRED on %1 (cannot sign any more)</source>
        <translation>ИСТЁК %1 (подписывать больше нельзя)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="532"/>
        <source>not valid until %1</source>
        <translation>недействителен до %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="535"/>
        <source>valid until %1, %2 day left</source>
        <translation>действителен до %1, осталось дней: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="536"/>
        <source>valid until %1, %2 days left</source>
        <translation>действителен до %1, осталось дней: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="540"/>
        <source>signing</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="541"/>
        <source>authentication (AUTH) only: cannot sign documents</source>
        <translation>только аутентификация (AUTH): документы подписывать нельзя</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="542"/>
        <source>signing and authentication</source>
        <translation>подпись и аутентификация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="543"/>
        <source>neither signing nor authentication</source>
        <translation>ни подпись, ни аутентификация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="545"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="545"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="547"/>
        <source>Name:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="548"/>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="549"/>
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="550"/>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="551"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="553"/>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="554"/>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="555"/>
        <source>BIN:</source>
        <translation>БИН:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="556"/>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="557"/>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="558"/>
        <source>Key purpose:</source>
        <translation>Назначение ключа:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="559"/>
        <source>Algorithm:</source>
        <translation>Алгоритм:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="560"/>
        <source>Valid:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="561"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="562"/>
        <source>Revocation:</source>
        <translation>Отзыв:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="563"/>
        <source>Issuer:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="564"/>
        <source>Serial:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="576"/>
        <source>not checked (--offline)</source>
        <translation>не проверялся (--offline)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="592"/>
        <source>%1 (check digit does not match)</source>
        <translation>%1 (контрольная цифра не совпадает)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/eds.py" line="610"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="89"/>
        <source>account %1 added; password stored in the OS keyring</source>
        <translation>учётная запись %1 добавлена; пароль сохранён в хранилище паролей ОС</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="93"/>
        <source>account %1 added; no OS keyring on this system, so the password is not stored: give --password-env VAR (or type it) when syncing</source>
        <translation>учётная запись %1 добавлена; в этой системе нет хранилища паролей ОС, поэтому пароль не сохранён: при синхронизации укажите --password-env VAR (или введите его)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="125"/>
        <source>[%1 queued]</source>
        <translation>[в очереди %1]</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="128"/>
        <source>no accounts (add one with `qazmail-desktop account add`)</source>
        <translation>учётных записей нет (добавьте командой `qazmail-desktop account add`)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="136"/>
        <source>account %1 removed</source>
        <translation>учётная запись %1 удалена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="150"/>
        <source>--password-env %1: %2 is not synced now</source>
        <translation>--password-env %1: %2 сейчас не синхронизируется</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="152"/>
        <source>--password-env %1: no account named %2</source>
        <translation>--password-env %1: нет учётной записи с именем %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="160"/>
        <source>%1 accounts sync: give --password-env NAME=VAR for each (or sync NAME)</source>
        <translation>синхронизируется учётных записей: %1; укажите --password-env NAME=VAR для каждой (или sync NAME)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="173"/>
        <source>no account yet: add one with `account add`</source>
        <translation>учётных записей ещё нет: добавьте её командой `account add`</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="192"/>
        <source>%1: %2 new, %3 flag changes, %4 removed, %5 queued actions sent, %6 signed letters checked%7</source>
        <translation>%1: новых — %2, изменений отметок — %3, удалено — %4, отправлено действий из очереди — %5, проверено подписанных писем — %6%7</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="208"/>
        <source>action %1 (%2) waits: %3</source>
        <translation>действие %1 (%2) ожидает: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="210"/>
        <source>action %1 (%2) failed: %3</source>
        <translation>действие %1 (%2) не выполнено: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="262"/>
        <source>[could not be read: %1]</source>
        <translation>[не удалось прочитать: %1]</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="269"/>
        <source>N new, * flagged, @ attachments; signatures: %1 valid, %2 not proven, %3 doubtful, %4 not valid, ~ only a part signed, S not checked yet (show --uid N tells why); times %5</source>
        <translation>N новое, * помечено, @ вложения; подписи: %1 действительна, %2 не доказана, %3 сомнительна, %4 недействительна, ~ подписана только часть, S ещё не проверена (причину покажет show --uid N); время %5</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="286"/>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="293"/>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="294"/>
        <source>indeterminate</source>
        <translation>не определена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="295"/>
        <source>untrusted</source>
        <translation>нет доверия</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="296"/>
        <source>content_missing</source>
        <translation>нет документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="297"/>
        <source>not_yet_valid</source>
        <translation>ещё не действует</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="298"/>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="299"/>
        <source>older_generation</source>
        <translation>старое поколение НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="300"/>
        <source>unknown_algorithm</source>
        <translation>неизвестный алгоритм</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="301"/>
        <source>key_not_for_signing</source>
        <translation>ключ не для подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="302"/>
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="303"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="304"/>
        <source>invalid_signature</source>
        <translation>подпись неверна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="305"/>
        <source>content_modified</source>
        <translation>содержимое изменено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="306"/>
        <source>ambiguous_structure</source>
        <translation>неоднозначная структура</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="307"/>
        <source>malformed</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="318"/>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="319"/>
        <source>part</source>
        <translation>часть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="320"/>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="321"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="326"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="327"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="328"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="329"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="330"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="388"/>
        <source>Ambiguous structure — not shown as signed: %1</source>
        <translation>Неоднозначная структура — не показано как подписанное: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="389"/>
        <source>The letter&apos;s raw source follows.</source>
        <translation>Ниже — исходный текст письма.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="392"/>
        <source>This letter&apos;s structure can be read in more than one way: %1</source>
        <translation>Структуру этого письма можно прочитать по-разному: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="394"/>
        <source>Shown in a simple form: %1.</source>
        <translation>Показано в упрощённом виде: %1.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="401"/>
        <source>Attachment: %1 (%2, %3 bytes)</source>
        <translation>Вложение: %1 (%2, %3 байт)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="419"/>
        <source>--output needs an existing folder: %1</source>
        <translation>для --output нужна существующая папка: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="428"/>
        <source>letter %1 in %2: %3</source>
        <translation>письмо %1 в %2: %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="444"/>
        <source>updating the search index first: %1 changes to take in…</source>
        <translation>сначала обновляется поисковый индекс: изменений — %1…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="456"/>
        <source>nothing found</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="476"/>
        <source>flag set on the server</source>
        <translation>отметка установлена на сервере</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="479"/>
        <source>not on the server yet (%1): the change is queued and reaches it at the next sync</source>
        <translation>на сервере пока нет (%1): изменение поставлено в очередь и попадёт на сервер при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="496"/>
        <source>the letter&apos;s text on stdin is larger than the %1 MiB limit</source>
        <translation>текст письма на stdin больше предела в %1 МиБ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="503"/>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 — не текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="529"/>
        <source>--qr with --no-sign-letter: give --sign-attachments and --attach FILE</source>
        <translation>--qr с --no-sign-letter: укажите --sign-attachments и --attach FILE</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="533"/>
        <source>--sign-attachments and --tsa need --sign-key KEY.p12 (or --qr)</source>
        <translation>для --sign-attachments и --tsa нужен --sign-key KEY.p12 (или --qr)</translation>
    </message>
    <message>
        <source>--sign-attachments and --tsa need --sign-key KEY.p12</source>
        <translation type="vanished">для --sign-attachments и --tsa нужен --sign-key KEY.p12</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="546"/>
        <source>not sent yet (%1): the letter waits in the outbox, sent at the next sync</source>
        <translation>пока не отправлено (%1): письмо ждёт в исходящих и будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="554"/>
        <source>the server refused the letter: %1 (kept in the outbox as failed)</source>
        <translation>сервер отклонил письмо: %1 (оставлено в исходящих как неудачное)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="579"/>
        <source>step %1 of %2: the attached files</source>
        <translation>шаг %1 из %2: вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="580"/>
        <source>step %1 of %2: the letter</source>
        <translation>шаг %1 из %2: письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="597"/>
        <source>signed in eGov Mobile by %1</source>
        <translation>подписано в eGov Mobile: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="601"/>
        <source>warning: the signature names %1, not %2: the recipients are told so</source>
        <translation>предупреждение: в подписи указан %1, а не %2: получателям об этом сообщат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="617"/>
        <source>this letter carries no signature</source>
        <translation>у этого письма нет подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="630"/>
        <source>signer: %1, IIN %2, BIN %3, %4  signed %5 %6</source>
        <translation>подписант: %1, ИИН %2, БИН %3, %4  подписано %5 %6</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="636"/>
        <source>(proven by a trusted time-stamp)</source>
        <translation>(доказано доверенной меткой времени)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="638"/>
        <source>(claimed by the signer)</source>
        <translation>(со слов подписанта)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="644"/>
        <source>warning: only a part of this letter is signed; what it shows is not what was signed (not covered: %1)</source>
        <translation>предупреждение: подписана только часть этого письма; то, что оно показывает, — не то, что было подписано (не охвачено: %1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="653"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/mail.py" line="668"/>
        <source>the letter&apos;s bytes are not in the cache</source>
        <translation>байтов письма нет в кэше</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="19"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="20"/>
        <source>running</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="21"/>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="33"/>
        <source>no subject</source>
        <translation>без темы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="57"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="62"/>
        <source>signed offline: waits for its time-stamp (sent at a sync once the TSA answers;
`outbox release %1` sends it without, its signing time then only claimed)</source>
        <translation>подписано без сети: ждёт метку времени (будет отправлено при синхронизации, когда ответит TSA;
`outbox release %1` отправит его без неё, время подписи тогда будет лишь заявленным)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="71"/>
        <source>last attempt: %1</source>
        <translation>последняя попытка: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="75"/>
        <source>the SMTP server asked for it later: not tried before %1
(`outbox retry %2` sends it at the next sync)</source>
        <translation>SMTP-сервер попросил отправить позже: попытки не будет до %1
(`outbox retry %2` отправит его при следующей синхронизации)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="87"/>
        <source>look in the recipient&apos;s mail or your Sent folder: `outbox retry %1` sends it
again, `outbox drop %1` does not</source>
        <translation>проверьте почту получателя или папку «Отправленные»: `outbox retry %1` отправит его
снова, `outbox drop %1` — нет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="96"/>
        <source>the outbox is empty</source>
        <translation>исходящих нет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="102"/>
        <source>letter %1 (%2) is sent at the next sync</source>
        <translation>письмо %1 (%2) будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="108"/>
        <source>letter %1 (%2) dropped: it will not be sent</source>
        <translation>письмо %1 (%2) удалено из исходящих: оно не будет отправлено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/outbox.py" line="116"/>
        <source>letter %1 (%2) is sent at the next sync without a time-stamp: its signing time is only the signer&apos;s claim, and its certificate is judged whenever it is checked</source>
        <translation>письмо %1 (%2) будет отправлено при следующей синхронизации без метки времени: время подписи — лишь заявление подписанта, а сертификат оценивается на момент каждой проверки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="23"/>
        <source>%1 wants EMAIL:PASSWORD, got %2…</source>
        <translation>%1 ожидает EMAIL:PASSWORD, получено %2…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="33"/>
        <source>cannot read the users file %1: %2</source>
        <translation>не удаётся прочитать файл пользователей %1: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="35"/>
        <source>the users file %1 is not UTF-8 text</source>
        <translation>файл пользователей %1 — не текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="37"/>
        <source>%1 line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="50"/>
        <source>bad port %1</source>
        <translation>неверный порт %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="57"/>
        <source>cannot use %1: %2</source>
        <translation>не удаётся использовать %1: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="76"/>
        <source>Demo accounts (IMAP/SMTP login = e-mail; key files in DATA/keys, password %1):</source>
        <translation>Демо-учётные записи (логин IMAP/SMTP = e-mail; файлы ключей в DATA/keys, пароль %1):</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="81"/>
        <source>%1 password %2 key %3</source>
        <translation>%1 пароль %2 ключ %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="87"/>
        <source>to see green verdicts, trust the demo root and CA: %1</source>
        <translation>чтобы увидеть зелёные вердикты, добавьте в доверенные демо-корень и УЦ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="91"/>
        <source>QazMail embedded server, data in %1</source>
        <translation>Встроенный сервер QazMail, данные в %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="93"/>
        <source>IMAP  %1  (no TLS: loopback only)</source>
        <translation>IMAP  %1  (без TLS: только loopback)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="94"/>
        <source>SMTP  %1  (submission, AUTH required, local delivery only)</source>
        <translation>SMTP  %1  (submission, нужен AUTH, только локальная доставка)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="98"/>
        <source>user  %1</source>
        <translation>пользователь  %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="99"/>
        <source>Ctrl-C or SIGTERM stops it.</source>
        <translation>Остановить: Ctrl-C или SIGTERM.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/serve.py" line="106"/>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="22"/>
        <source>shipped</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="23"/>
        <source>fetched</source>
        <translation>загруженный</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="24"/>
        <source>added</source>
        <translation>добавленный</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="27"/>
        <source>NCA root</source>
        <translation>корневой УЦ НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="28"/>
        <source>NCA issuing CA</source>
        <translation>НУЦ (выдающий УЦ)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="29"/>
        <source>state bodies&apos; CA (УЦГО)</source>
        <translation>УЦ государственных органов (УЦГО)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="30"/>
        <source>BTS Digital&apos;s CA</source>
        <translation>УЦ BTS Digital</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="45"/>
        <source>root</source>
        <translation>корневой</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="45"/>
        <source>intermediate</source>
        <translation>промежуточный</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="48"/>
        <source>valid %1 to %2</source>
        <translation>действителен с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="50"/>
        <location filename="../../qazmail_desktop/cli/trust.py" line="82"/>
        <source>from %1</source>
        <translation>источник: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="52"/>
        <source>no trusted CAs: run `trust update`, or add one with `trust add FILE`</source>
        <translation>нет доверенных УЦ: выполните `trust update` или добавьте УЦ командой `trust add FILE`</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="66"/>
        <source>NCA 2022 CAs present</source>
        <translation>УЦ НУЦ 2022 на месте</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="66"/>
        <source>incomplete</source>
        <translation>неполный набор</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="67"/>
        <source>%1 trusted CA certificate(s); %2</source>
        <translation>доверенных сертификатов УЦ: %1; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="76"/>
        <source>the NCA 2022 CAs are trusted already (shipped with this version); nothing to fetch</source>
        <translation>УЦ НУЦ 2022 уже в доверенных (поставляются с этой версией); загружать нечего</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="80"/>
        <location filename="../../qazmail_desktop/cli/trust.py" line="89"/>
        <source>trusted %1</source>
        <translation>добавлен в доверенные: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="100"/>
        <source>root %1</source>
        <translation>корневой: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="106"/>
        <source>compare the SHA-256 above with the one the CA publishes, then run again with --yes</source>
        <translation>сверьте SHA-256 выше со значением, которое публикует УЦ, затем запустите снова с --yes</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="108"/>
        <source>Trust these roots? [y/N] </source>
        <translation>Доверять этим корневым сертификатам? [д/Н] </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="110"/>
        <source>nothing was trusted</source>
        <translation>ничего не добавлено в доверенные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="115"/>
        <source>trusted %1 root(s) with their intermediates in %2</source>
        <translation>добавлено в доверенные корневых сертификатов с промежуточными: %1, в %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="131"/>
        <source>no certificate in %1 has a SHA-256 starting with %2</source>
        <translation>в %1 нет сертификата, SHA-256 которого начинается с %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/trust.py" line="134"/>
        <source>removed %1 certificate(s)</source>
        <translation>удалено сертификатов: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="31"/>
        <source>signed at:</source>
        <translation>время подписи:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="32"/>
        <source>status:</source>
        <translation>статус:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="33"/>
        <source>problem:</source>
        <translation>проблема:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="47"/>
        <source>letter %1 in %2 has no signed attachment named %3 to make a card of</source>
        <translation>в письме %1 из %2 нет подписанного вложения %3, из которого можно сделать карточку</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="51"/>
        <source>letter %1 in %2 has nothing signed to make a card of</source>
        <translation>в письме %1 из %2 нет ничего подписанного, из чего можно сделать карточку</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="55"/>
        <source>the letter carries several signed documents (%1): choose one with --attachment NAME</source>
        <translation>в письме несколько подписанных документов (%1): выберите один через --attachment NAME</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="68"/>
        <source>card create --message needs --uid N (and --account, --folder)</source>
        <translation>для card create --message нужен --uid N (и --account, --folder)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="72"/>
        <source>give the signatures with --signature FILE (or use --message)</source>
        <translation>укажите подписи через --signature FILE (или используйте --message)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="88"/>
        <source>document card of %1 -&gt; %2</source>
        <translation>карточка документа %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="118"/>
        <source>document: %1 (%2 bytes)</source>
        <translation>документ: %1 (%2 байт)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="122"/>
        <source>PASSES</source>
        <translation>ПРОХОДИТ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="122"/>
        <source>FAILS</source>
        <translation>НЕ ПРОХОДИТ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="124"/>
        <source>signature %1 (%2): %3 — %4</source>
        <translation>подпись %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="129"/>
        <source>%1, IIN %2</source>
        <translation>%1, ИИН %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="134"/>
        <location filename="../../qazmail_desktop/cli/eds.py" line="372"/>
        <source>%1, BIN %2</source>
        <translation>%1, БИН %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="139"/>
        <source>%1 (the time-stamp&apos;s genTime)</source>
        <translation>%1 (genTime метки времени)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="145"/>
        <source>pages: %1</source>
        <translation>страницы: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="148"/>
        <source>the card is intact: every signature is valid over the original and proves itself; the pages show them</source>
        <translation>карточка цела: каждая подпись действительна для оригинала и сама себя доказывает; страницы показывают именно их</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="155"/>
        <source>DO NOT TRUST the printout: the signatures are valid over the attached original, the pages are not it</source>
        <translation>НЕ ДОВЕРЯЙТЕ распечатке: подписи действительны для приложенного оригинала, но страницы показывают не его</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="161"/>
        <source>DO NOT TRUST this card&apos;s data: a signature fails the checks (see above)</source>
        <translation>НЕ ДОВЕРЯЙТЕ данным этой карточки: подпись не прошла проверку (см. выше)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="182"/>
        <source>--extract needs an existing folder: %1</source>
        <translation>для --extract нужна существующая папка: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/card.py" line="189"/>
        <source>extracted %1</source>
        <translation>извлечено: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/register.py" line="45"/>
        <source>give files and folders, or --account, not both</source>
        <translation>укажите файлы и папки или --account, но не то и другое</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/register.py" line="47"/>
        <source>name the signed files or folders to check (or --account for letters)</source>
        <translation>укажите подписанные файлы или папки для проверки (или --account для писем)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/register.py" line="59"/>
        <source>%1 row(s), %2 not valid -&gt; %3</source>
        <translation>строк: %1, недействительных: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="28"/>
        <source>add an RFC 3161 time-stamp (CAdES-T) from this TSA; without URL the NCA&apos;s (%1)</source>
        <translation>добавить метку времени RFC 3161 (CAdES-T) от этой TSA; без URL — от НУЦ (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="35"/>
        <source>open the QazMail window (the default)</source>
        <translation>открыть окно QazMail (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="39"/>
        <source>signed files (.sig .cms .p7s .p7m .pem .pdf .xml) to check, each in a window</source>
        <translation>подписанные файлы для проверки (.sig .cms .p7s .p7m .pem .pdf .xml), каждый в своём окне</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="45"/>
        <source>sign a document with an NCA key (CMS, CAdES-BES/-T)</source>
        <translation>подписать документ ключом НУЦ (CMS, CAdES-BES/-T)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="46"/>
        <source>document to sign</source>
        <translation>документ для подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="49"/>
        <source>write a detached signature (document not embedded)</source>
        <translation>записать отсоединённую подпись (документ не вкладывается)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="54"/>
        <source>sign an XML document with an enveloped XML signature (XMLDSig, as NCALayer makes it) instead of a CMS</source>
        <translation>подписать XML-документ вложенной XML-подписью (XMLDSig, как её делает NCALayer) вместо CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="62"/>
        <source>sign a PDF inside (PAdES): the signed PDF opens in any PDF reader, which shows the signature</source>
        <translation>подписать PDF изнутри (PAdES): подписанный PDF открывается в любой программе просмотра PDF, и она показывает подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="68"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="93"/>
        <source>do not ask OCSP whether the key is revoked</source>
        <translation>не спрашивать у OCSP, не отозван ли ключ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="75"/>
        <source>where to write the CMS (or the signed XML or PDF)</source>
        <translation>куда записать CMS (или подписанный XML или PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="81"/>
        <source>the demo&apos;s eGov Mobile: sign (or decline) what a demo QR code carries</source>
        <translation>eGov Mobile для демо: подписать (или отклонить) то, что несёт демо-QR-код</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="83"/>
        <source>the eGov Mobile link `sign --qr` printed (the embedded server&apos;s)</source>
        <translation>ссылка eGov Mobile, которую вывел `sign --qr` (встроенного сервера)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="84"/>
        <source>decline instead of signing</source>
        <translation>отклонить вместо подписания</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="87"/>
        <source>add your signature to an existing CMS</source>
        <translation>добавить свою подпись к существующему CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="88"/>
        <source>the signed CMS</source>
        <translation>подписанный CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="90"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="113"/>
        <source>the signed document, for a detached CMS</source>
        <translation>подписанный документ, для отсоединённого CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="96"/>
        <source>where to write the co-signed CMS</source>
        <translation>куда записать CMS с добавленной подписью</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="102"/>
        <source>verify every signature of a CMS file, a signed XML, or a letter (--message)</source>
        <translation>проверить все подписи CMS-файла, подписанного XML или письма (--message)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="105"/>
        <source>CMS file (DER, PEM or base64), or a signed XML document</source>
        <translation>CMS-файл (DER, PEM или base64) или подписанный XML-документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="108"/>
        <source>verify a cached letter: --account, --folder, --uid</source>
        <translation>проверить письмо из кэша: --account, --folder, --uid</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="110"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="111"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="112"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="424"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="425"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="426"/>
        <source>with --message</source>
        <translation>вместе с --message</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="114"/>
        <source>print the verdict as JSON</source>
        <translation>вывести заключение в виде JSON</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="115"/>
        <source>also trust the root certificates in DIR (repeatable)</source>
        <translation>доверять также корневым сертификатам из DIR (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="116"/>
        <source>check revocation against this CRL file (repeatable)</source>
        <translation>проверять отзыв по этому файлу CRL (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="118"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="474"/>
        <source>use no network: only cached and given CRLs</source>
        <translation>не пользоваться сетью: только CRL из кэша и указанные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="121"/>
        <source>write the embedded document of an attached CMS</source>
        <translation>записать документ, вложенный в присоединённый CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="126"/>
        <source>show who an NCA key belongs to and what it may do</source>
        <translation>показать, кому принадлежит ключ НУЦ и что им можно делать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="127"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="166"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="169"/>
        <source>PKCS#12 key file (.p12)</source>
        <translation>файл ключа PKCS#12 (.p12)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="128"/>
        <source>read the key password from $VAR</source>
        <translation>прочитать пароль ключа из $VAR</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="129"/>
        <source>print as JSON</source>
        <translation>вывести в виде JSON</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="131"/>
        <source>do not ask the OCSP responder for the key&apos;s status</source>
        <translation>не запрашивать статус ключа у OCSP-сервиса</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="159"/>
        <source>replace an output file that exists (never an input)</source>
        <translation>заменить существующий выходной файл (входной — никогда)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="173"/>
        <source>sign with eGov Mobile: scan the QR code on the phone (the document passes through SIGEX)</source>
        <translation>подписать в eGov Mobile: отсканируйте QR-код телефоном (документ проходит через SIGEX)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="142"/>
        <source>the SIGEX service that relays eGov Mobile signing (default: %(default)s)</source>
        <translation>сервис SIGEX, передающий подписание в eGov Mobile (по умолчанию: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="144"/>
        <source>with --qr: also trust the CAs in DIR when checking what the phone signed</source>
        <translation>с --qr: доверять также УЦ из DIR при проверке того, что подписал телефон</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="179"/>
        <source>read the key password from $VAR (else asked)</source>
        <translation>прочитать пароль ключа из $VAR (иначе будет запрошен)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="184"/>
        <source>add, list or remove mail accounts</source>
        <translation>добавить, перечислить или удалить почтовые учётные записи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="186"/>
        <source>add an IMAP/SMTP account (password into the OS keyring)</source>
        <translation>добавить учётную запись IMAP/SMTP (пароль — в хранилище паролей ОС)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="187"/>
        <source>a short name for the account</source>
        <translation>короткое имя учётной записи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="189"/>
        <source>the address letters are sent from</source>
        <translation>адрес, с которого отправляются письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="192"/>
        <source>[IPv6]:PORT too</source>
        <translation>можно и [IPv6]:PORT</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="195"/>
        <source>login name</source>
        <translation>имя для входа (логин)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="196"/>
        <source>read the password from $VAR (else asked)</source>
        <translation>прочитать пароль из $VAR (иначе будет запрошен)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="201"/>
        <source>ssl (default), starttls, or none (loopback only)</source>
        <translation>ssl (по умолчанию), starttls или none (только для loopback)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="203"/>
        <source>if different from --security</source>
        <translation>если отличается от --security</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="205"/>
        <source>your name as recipients see it</source>
        <translation>ваше имя, как его видят получатели</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="211"/>
        <source>keep only headers of larger letters</source>
        <translation>у писем большего размера хранить только заголовки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="217"/>
        <source>keep only headers of older letters</source>
        <translation>у более старых писем хранить только заголовки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="220"/>
        <source>list accounts</source>
        <translation>список учётных записей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="223"/>
        <source>remove an account and its cached mail</source>
        <translation>удалить учётную запись и её почту в кэше</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="227"/>
        <source>synchronise accounts with their servers (and send the outbox)</source>
        <translation>синхронизировать учётные записи с их серверами (и отправить исходящие)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="228"/>
        <source>account (default: every account)</source>
        <translation>учётная запись (по умолчанию: все)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="229"/>
        <source>only this folder</source>
        <translation>только эта папка</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="234"/>
        <source>account NAME&apos;s password from $VAR, ahead of the keyring (once per account; VAR alone: one account)</source>
        <translation>пароль учётной записи NAME из $VAR, раньше хранилища паролей (по разу на учётную запись; только VAR — одна учётная запись)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="241"/>
        <source>list the letters of a folder (from the cache, works offline)</source>
        <translation>список писем папки (из кэша, работает без сети)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="242"/>
        <source>account name (optional with one account)</source>
        <translation>имя учётной записи (необязательно, если она одна)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="248"/>
        <source>show one letter (from the cache, works offline)</source>
        <translation>показать одно письмо (из кэша, работает без сети)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="250"/>
        <source>print the raw RFC 5322 bytes</source>
        <translation>вывести исходные байты RFC 5322</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="255"/>
        <source>save a letter&apos;s attachments into a folder (works offline)</source>
        <translation>сохранить вложения письма в папку (работает без сети)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="259"/>
        <source>an existing folder</source>
        <translation>существующая папка</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="264"/>
        <source>full-text search of cached mail (subject, addresses, text, attachments)</source>
        <translation>полнотекстовый поиск по почте в кэше (тема, адреса, текст, вложения)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="272"/>
        <source>mark a letter read/unread/flagged (queued when offline)</source>
        <translation>пометить письмо прочитанным/непрочитанным/отмеченным (без сети — ставится в очередь)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="279"/>
        <source>send a letter (through the outbox: queued when offline)</source>
        <translation>отправить письмо (через исходящие: без сети — ставится в очередь)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="286"/>
        <source>UTF-8 text of the letter (&apos;-&apos; for stdin)</source>
        <translation>текст письма в UTF-8 (&apos;-&apos; — из stdin)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="292"/>
        <source>sign the letter (S/MIME) with this EDS key</source>
        <translation>подписать письмо (S/MIME) этим ключом ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="297"/>
        <source>sign the letter with eGov Mobile: scan the QR code on the phone (the letter passes through SIGEX)</source>
        <translation>подписать письмо в eGov Mobile: отсканируйте QR-код телефоном (письмо проходит через SIGEX)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="304"/>
        <source>the key&apos;s password from $VAR (else asked)</source>
        <translation>пароль ключа из $VAR (иначе будет запрошен)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="312"/>
        <source>sign each attachment too: sig (NAME.sig beside it, default), cms (NAME.cms), pades (PDF)</source>
        <translation>подписать и каждое вложение: sig (рядом NAME.sig, по умолчанию), cms (NAME.cms), pades (PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="319"/>
        <source>with --sign-attachments: leave the letter unsigned</source>
        <translation>вместе с --sign-attachments: само письмо не подписывать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="333"/>
        <source>run the embedded IMAP + SMTP server and demo PKI on loopback</source>
        <translation>запустить встроенный сервер IMAP + SMTP и демо-PKI на loopback</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="339"/>
        <source>where mailboxes and the demo PKI live</source>
        <translation>где хранятся почтовые ящики и демо-PKI</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="342"/>
        <source>address to listen on (loopback unless --allow-remote)</source>
        <translation>адрес для прослушивания (loopback, если нет --allow-remote)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="344"/>
        <source>allow a non-loopback --host</source>
        <translation>разрешить --host не на loopback</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="349"/>
        <source>demo PKI: TSA, OCSP, CRLs</source>
        <translation>демо-PKI: TSA, OCSP, CRL</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="356"/>
        <source>add or update a user (seen by ps)</source>
        <translation>добавить или обновить пользователя (виден в ps)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="362"/>
        <source>EMAIL:PASSWORD lines: users without ps seeing them</source>
        <translation>строки EMAIL:PASSWORD: пользователи, которых не видно в ps</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="364"/>
        <source>seed demo accounts, keys and letters</source>
        <translation>создать демо-учётные записи, ключи и письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="370"/>
        <source>the CAs this profile trusts: list, status, update, add, fetch, remove</source>
        <translation>УЦ, которым доверяет этот профиль: list, status, update, add, fetch, remove</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="374"/>
        <source>every trust anchor: name, validity, SHA-256, where it came from</source>
        <translation>все якоря доверия: имя, срок действия, SHA-256, откуда получен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="379"/>
        <source>what the trust store lacks (exit 1 when something is missing)</source>
        <translation>чего не хватает в хранилище доверия (код выхода 1, если чего-то нет)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="384"/>
        <source>fetch the NCA 2022 CAs from the NCA, checked against their pinned key ids</source>
        <translation>загрузить УЦ НУЦ 2022 с сайта НУЦ, со сверкой с закреплёнными идентификаторами ключей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="387"/>
        <source>trust certificates from files (DER, PEM or base64)</source>
        <translation>доверять сертификатам из файлов (DER, PEM или base64)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="391"/>
        <source>download a CA by URL (following caIssuers links to its root) and trust it</source>
        <translation>загрузить УЦ по URL (по ссылкам caIssuers до корня) и доверять ему</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="394"/>
        <source>CA certificates to start from</source>
        <translation>сертификаты УЦ, с которых начать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="397"/>
        <source>trust without asking (after comparing the fingerprints)</source>
        <translation>доверять без вопроса (после сверки отпечатков)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="400"/>
        <source>stop trusting a certificate the user added or fetched</source>
        <translation>перестать доверять сертификату, добавленному или загруженному пользователем</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="407"/>
        <source>document cards (kaarkz/ddcard): a PDF with the document and its signatures</source>
        <translation>карточки документов (kaarkz/ddcard): PDF с документом и его подписями</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="411"/>
        <source>make a card of a document and its CMS signatures, or of a signed letter</source>
        <translation>сделать карточку документа и его подписей CMS или подписанного письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="414"/>
        <source>the signed document (omit for an attached CMS)</source>
        <translation>подписанный документ (для присоединённого CMS не указывать)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="417"/>
        <source>repeatable</source>
        <translation>можно повторять</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="422"/>
        <source>a cached letter&apos;s signed document: --account, --folder, --uid</source>
        <translation>подписанный документ письма из кэша: --account, --folder, --uid</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="428"/>
        <source>with --message: which signed document of the letter</source>
        <translation>вместе с --message: какой подписанный документ письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="431"/>
        <source>leave out the pages that show the document</source>
        <translation>не включать страницы с документом</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="433"/>
        <source>leave out the signature pages</source>
        <translation>не включать страницы подписей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="434"/>
        <source>signature pages without the QR codes</source>
        <translation>страницы подписей без QR-кодов</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="436"/>
        <source>a short description of the document, under its name</source>
        <translation>краткое описание документа под его названием</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="438"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="446"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="471"/>
        <source>also trust roots in DIR</source>
        <translation>доверять также корням из DIR</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="439"/>
        <source>where to write the card (PDF)</source>
        <translation>куда записать карточку (PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="443"/>
        <source>check a card: every signature over its original, from what it carries</source>
        <translation>проверить карточку: каждую подпись по оригиналу, из того, что в ней содержится</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="445"/>
        <source>the card (PDF)</source>
        <translation>карточка (PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="448"/>
        <source>save the original and the signatures into DIR</source>
        <translation>сохранить оригинал и подписи в DIR</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="457"/>
        <source>check signed files or letters into a register (Excel, CSV or PDF)</source>
        <translation>проверить подписанные файлы или письма и записать в реестр (Excel, CSV или PDF)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="460"/>
        <source>signed files, or folders of them</source>
        <translation>подписанные файлы или папки с ними</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="464"/>
        <source>the signed letters of this account&apos;s --folder instead of files, each with the verdict the window shows (with --trust or --crl: each checked again with them)</source>
        <translation>вместо файлов — подписанные письма из --folder этой учётной записи, каждое с заключением, которое показывает окно (с --trust или --crl каждое проверяется заново с ними)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="470"/>
        <source>with --account</source>
        <translation>вместе с --account</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="472"/>
        <source>also this CRL</source>
        <translation>также этот CRL</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="477"/>
        <source>the register: .xlsx (Excel), .csv or .pdf</source>
        <translation>реестр: .xlsx (Excel), .csv или .pdf</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="483"/>
        <source>check files in N processes (default: one per core)</source>
        <translation>проверять файлы в N процессах (по умолчанию: по одному на ядро)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="491"/>
        <source>letters not sent yet (offline or refused): list, retry, drop</source>
        <translation>ещё не отправленные письма (нет сети или отклонены): list, retry, drop</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="495"/>
        <source>every letter waiting to be sent, with why the last attempt failed</source>
        <translation>все письма, ждущие отправки, с причиной неудачи последней попытки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="497"/>
        <source>only this account&apos;s letters</source>
        <translation>только письма этой учётной записи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="500"/>
        <source>send a failed letter again at the next sync</source>
        <translation>отправить неудавшееся письмо снова при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="505"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="513"/>
        <location filename="../../qazmail_desktop/cli/commands.py" line="523"/>
        <source>the letter&apos;s number in `outbox list`</source>
        <translation>номер письма в `outbox list`</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="508"/>
        <source>do not send this letter at all</source>
        <translation>не отправлять это письмо вовсе</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/commands.py" line="517"/>
        <source>send a letter signed offline without waiting for its time-stamp</source>
        <translation>отправить письмо, подписанное без сети, не дожидаясь метки времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="41"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="42"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="43"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="44"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="45"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="46"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="47"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="48"/>
        <source>ignored explicit argument %r</source>
        <translation>значение %r здесь не принимается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="49"/>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="50"/>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="51"/>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="52"/>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного значения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="53"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы одно значение</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="54"/>
        <source>expected %s argument</source>
        <translation>ожидается значений: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="55"/>
        <source>expected %s arguments</source>
        <translation>ожидается значений: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="56"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="57"/>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="58"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="59"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="60"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="88"/>
        <source>native GOST: yes (%1 arithmetic)</source>
        <translation>ГОСТ в машинном коде: да (арифметика %1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="89"/>
        <source>native GOST: no (pure Python: GOST signing and checking 30-100 times slower)</source>
        <translation>ГОСТ в машинном коде: нет (чистый Python: подпись и проверка ГОСТ в 30–100 раз медленнее)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="95"/>
        <source>warning: native GOST is missing: GOST signatures are made and checked in pure Python, 30-100 times slower (a mailbox of 10,000 signed letters: hours instead of seconds); reinstall with a C compiler</source>
        <translation>предупреждение: ГОСТ в машинном коде отсутствует: подписи ГОСТ создаются и проверяются на чистом Python, в 30–100 раз медленнее (ящик из 10 000 подписанных писем: часы вместо секунд); переустановите с компилятором C</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="122"/>
        <source>(see --help)</source>
        <translation>(см. --help)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="130"/>
        <source>QazMail Desktop: mail with Kazakh EDS (NCA) signatures, readable offline.</source>
        <translation>QazMail Desktop: почта с казахстанскими подписями ЭЦП (НУЦ), читаемая без сети.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="136"/>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="141"/>
        <source>keep all data and settings under DIR (or $QAZMAIL_PROFILE)</source>
        <translation>хранить все данные и настройки в DIR (или $QAZMAIL_PROFILE)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="144"/>
        <source>open the app against the embedded demo server</source>
        <translation>открыть приложение со встроенным демо-сервером</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="149"/>
        <source>the language of what the command line writes (default: the locale&apos;s: LANGUAGE, LC_ALL, LANG)</source>
        <translation>язык, на котором пишет командная строка (по умолчанию — язык локали: LANGUAGE, LC_ALL, LANG)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="157"/>
        <source>commands</source>
        <translation>команды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/main.py" line="214"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="22"/>
        <source>%1 is not a whole number</source>
        <translation>%1 — не целое число</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="25"/>
        <source>%1 is out of range: give %2 to %3</source>
        <translation>%1 вне допустимого диапазона: укажите от %2 до %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="37"/>
        <source>%1 is not an http:// or https:// URL</source>
        <translation>%1 — не URL вида http:// или https://</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="52"/>
        <source>%1: an IPv6 address is written [ADDRESS]:PORT</source>
        <translation>%1: адрес IPv6 записывается как [ADDRESS]:PORT</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="60"/>
        <source>expected HOST:PORT, got %1</source>
        <translation>ожидалось HOST:PORT, получено %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/values.py" line="69"/>
        <source>%1 is not an e-mail address (name@example.kz)</source>
        <translation>%1 — не адрес электронной почты (name@example.kz)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="146"/>
        <source>key file</source>
        <translation>файл ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="147"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="148"/>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="149"/>
        <source>signed file</source>
        <translation>подписанный файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="150"/>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="151"/>
        <source>CRL</source>
        <translation>файл CRL</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="152"/>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="153"/>
        <source>letter text</source>
        <translation>текст письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="154"/>
        <source>document card</source>
        <translation>карточка документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="155"/>
        <source>XML document</source>
        <translation>XML-документ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="156"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="157"/>
        <source>CMS</source>
        <translation>CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="162"/>
        <source>Permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="163"/>
        <source>No such file or directory</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="164"/>
        <source>Is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="165"/>
        <source>Not a directory</source>
        <translation>не папка</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="166"/>
        <source>File name too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="167"/>
        <source>No such device or address</source>
        <translation>нет такого устройства или адреса</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="168"/>
        <source>Input/output error</source>
        <translation>ошибка ввода-вывода</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="169"/>
        <source>Too many levels of symbolic links</source>
        <translation>слишком много уровней символических ссылок</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="170"/>
        <source>No space left on device</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="171"/>
        <source>Read-only file system</source>
        <translation>файловая система только для чтения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="174"/>
        <source>content_missing</source>
        <translation>нет документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="175"/>
        <source>older_generation</source>
        <translation>старое поколение НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="176"/>
        <source>unknown_algorithm</source>
        <translation>неизвестный алгоритм</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="177"/>
        <source>invalid_signature</source>
        <translation>подпись неверна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="178"/>
        <source>content_modified</source>
        <translation>содержимое изменено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="179"/>
        <source>malformed</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="180"/>
        <source>unknown signer</source>
        <translation>неизвестный подписант</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="181"/>
        <source>no signer</source>
        <translation>нет подписанта</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="184"/>
        <source>OCSP embedded in the signature</source>
        <translation>OCSP, встроенный в подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="185"/>
        <source>OCSP kept from an earlier check</source>
        <translation>OCSP, сохранённый при прежней проверке</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="186"/>
        <source>delta CRL #%1</source>
        <translation>дельта-CRL №%1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="189"/>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="190"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="193"/>
        <source>no such file: %1</source>
        <translation>нет такого файла: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="194"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 — это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="197"/>
        <source>%1 is not a regular file (a device, pipe or socket): give a file</source>
        <translation>%1 — не обычный файл (устройство, канал или сокет): укажите файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="199"/>
        <source>cannot read %1 %2: %3</source>
        <translation>%1 %2: не удаётся прочитать — %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="202"/>
        <source>%1 %2 is larger than the %3 limit</source>
        <translation>%1 %2 больше предела в %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="207"/>
        <source>the disk holding %1 is full: nothing was changed; free some space and try again</source>
        <translation>диск, на котором находится %1, заполнен: ничего не изменено; освободите место и повторите</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="210"/>
        <source>the disk holding %1 is full</source>
        <translation>диск, на котором находится %1, заполнен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="211"/>
        <source>the mail cache %1</source>
        <translation>кэш почты %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="213"/>
        <source>%1 is a folder: name the file to write</source>
        <translation>%1 — это папка: укажите файл для записи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="217"/>
        <source>wrong password for %1</source>
        <translation>неверный пароль для %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="218"/>
        <source>the password for %1 is needed</source>
        <translation>нужен пароль для %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="219"/>
        <source>not a PKCS#12 key file (.p12, as the NCA issues them)</source>
        <translation>не файл ключа PKCS#12 (.p12, какие выдаёт НУЦ)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="223"/>
        <source>%1: not a PKCS#12 key file (.p12, as the NCA issues them)</source>
        <translation>%1: не файл ключа PKCS#12 (.p12, какие выдаёт НУЦ)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="225"/>
        <source>%1: corrupt PKCS#12 content (%2)</source>
        <translation>%1: содержимое PKCS#12 повреждено (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="229"/>
        <source>%1: the key file asks for %2 rounds of password hashing; at most %3 are accepted (NCA keys use 2,048): a file made this way would stall the program</source>
        <translation>%1: файл ключа требует %2 раундов хеширования пароля; допускается не больше %3 (в ключах НУЦ — 2 048): такой файл остановил бы программу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="235"/>
        <source>%1 holds no private key</source>
        <translation>в %1 нет закрытого ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="236"/>
        <source>%1 holds no certificate for its key</source>
        <translation>в %1 нет сертификата для ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="239"/>
        <source>%1: the private key does not match the certificate</source>
        <translation>%1: закрытый ключ не соответствует сертификату</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="243"/>
        <source>%1 is an authentication (AUTH) key; NCA issues a separate key for signing (RSA_/GOST_ file)</source>
        <translation>%1 — ключ аутентификации (AUTH); для подписи НУЦ выдаёт отдельный ключ (файл RSA_/GOST_)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="249"/>
        <source>the certificate of %1 expired on %2 (valid %3 to %4); get a new key from the NCA</source>
        <translation>срок сертификата %1 истёк %2 (действовал с %3 по %4); получите новый ключ в НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="253"/>
        <source>the certificate of %1 is not valid until %2</source>
        <translation>сертификат %1 действует только с %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="258"/>
        <source>%1 is a GOST 34.310-2004 key: the NCA no longer issues these, and QazMail only verifies what they signed; sign with a GOST 34.10-2015 key</source>
        <translation>%1 — ключ ГОСТ 34.310-2004: НУЦ такие больше не выдаёт, а QazMail только проверяет подписанное ими; подписывайте ключом ГОСТ 34.10-2015</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="267"/>
        <source>the certificate of %1 was revoked on %2 (%3) according to %4: a signature made with it would not be valid</source>
        <translation>сертификат %1 отозван %2 (%3) по данным %4: подпись этим ключом была бы недействительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="274"/>
        <source>the key&apos;s issuing CA is not known here: its revocation status was not checked</source>
        <translation>выдавший ключ УЦ здесь неизвестен: статус отзыва не проверен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="277"/>
        <source>revocation status not checked: %1</source>
        <translation>статус отзыва не проверен: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="281"/>
        <source>not checked: the key&apos;s issuing CA is not known here</source>
        <translation>не проверен: выдавший ключ УЦ здесь неизвестен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="283"/>
        <source>not checked: %1</source>
        <translation>не проверен: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="286"/>
        <source>suspended on %1 per %2; the CA may lift it</source>
        <translation>приостановлен %1 по данным %2; УЦ может снять приостановку</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="288"/>
        <source>revoked on %1 (%2) per %3</source>
        <translation>отозван %1 (%2) по данным %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="289"/>
        <source>good as of %1 per %2</source>
        <translation>действителен на %1 по данным %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="291"/>
        <source>the certificate names no OCSP responder</source>
        <translation>в сертификате не указан OCSP-сервер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="295"/>
        <source>the key&apos;s issuing CA is not known here: the signature carries no certificate status</source>
        <translation>выдавший ключ УЦ здесь неизвестен: подпись не несёт статуса сертификата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="299"/>
        <source>the signature carries no certificate status, so it proves itself only while the CA&apos;s services answer: %1</source>
        <translation>подпись не несёт статуса сертификата и доказывает себя, лишь пока отвечают службы УЦ: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="305"/>
        <source>expires in %1 days</source>
        <translation>истекает через %1 дн.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="306"/>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="309"/>
        <source>neither DER, PEM nor base64 data</source>
        <translation>данные не в DER, не в PEM и не в base64</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="312"/>
        <source>not an X.509 certificate (DER, PEM or base64)</source>
        <translation>не сертификат X.509 (DER, PEM или base64)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="316"/>
        <source>not a CMS signature (damaged, or another kind of file)</source>
        <translation>не подпись CMS (повреждена или это файл другого вида)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="319"/>
        <source>not a CMS SignedData (content type %1)</source>
        <translation>не CMS SignedData (тип содержимого %1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="321"/>
        <source>malformed CMS SignedData</source>
        <translation>повреждённая CMS SignedData</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="322"/>
        <source>malformed CMS (%1)</source>
        <translation>повреждённая CMS (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="325"/>
        <source>%1 bytes follow the end of the CMS: not one signature</source>
        <translation>после конца CMS идут ещё %1 байт: это не одна подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="329"/>
        <source>the CMS is detached: give the signed document (--data FILE)</source>
        <translation>CMS отсоединённая: укажите подписанный документ (--data FILE)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="332"/>
        <source>the XML document is larger than %1 MiB</source>
        <translation>XML-документ больше %1 МиБ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="336"/>
        <source>the XML document declares a DTD or entities (or is not UTF-8): refused</source>
        <translation>XML-документ объявляет DTD или сущности (или не в UTF-8): отклонён</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="339"/>
        <source>the XML document declares a DTD: refused</source>
        <translation>XML-документ объявляет DTD: отклонён</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="341"/>
        <source>not well-formed XML (%1)</source>
        <translation>XML построен неправильно (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="344"/>
        <source>the XML document is nested more than %1 deep: refused</source>
        <translation>вложенность XML-документа глубже %1 уровней: отклонён</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="348"/>
        <source>the XML document holds more than %1 signatures: refused</source>
        <translation>в XML-документе больше %1 подписей: отклонён</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="352"/>
        <source>the signer&apos;s certificate is not in the signature (KeyInfo)</source>
        <translation>сертификата подписанта нет в подписи (KeyInfo)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="356"/>
        <source>%1: XML signatures are made with GOST 34.10-2015 (512) or RSA-SHA256 keys</source>
        <translation>%1: XML-подписи делаются ключами ГОСТ 34.10-2015 (512) или RSA-SHA256</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="358"/>
        <source>not a PDF file</source>
        <translation>не PDF-файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="360"/>
        <source>a PDF larger than %1 MiB is not signed</source>
        <translation>PDF больше %1 МиБ не подписывается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="364"/>
        <source>the PDF is encrypted: QazMail signs PDFs that open without a password</source>
        <translation>PDF зашифрован: QazMail подписывает только PDF, которые открываются без пароля</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="366"/>
        <source>the PDF cannot be signed: %1</source>
        <translation>PDF нельзя подписать: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="369"/>
        <source>the PDF was changed after its last signature; signing refused</source>
        <translation>PDF изменён после последней подписи; подписание отклонено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="373"/>
        <source>signature %1 of the PDF cannot be read (%2); signing refused</source>
        <translation>подпись %1 в PDF не читается (%2); подписание отклонено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="378"/>
        <source>the signature with its evidence is larger than the room a PDF keeps for it</source>
        <translation>подпись с доказательствами больше места, которое PDF оставляет для неё</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="382"/>
        <source>what was added to %1 after its last signature</source>
        <translation>добавленное в %1 после его последней подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="385"/>
        <source>the rest of %1, outside the element %2</source>
        <translation>остальная часть %1 вне элемента %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="388"/>
        <source>this CMS holds no signature to co-sign</source>
        <translation>в этой CMS нет подписи, к которой можно добавить свою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="392"/>
        <source>signature %1 (%2) is %3: %4; co-signing refused</source>
        <translation>подпись %1 (%2): %3 — %4; добавление подписи отклонено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="397"/>
        <source>signature %1 (%2) is %3: %4; signing refused</source>
        <translation>подпись %1 (%2): %3 — %4; подписание отклонено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="402"/>
        <source>%1 already carried a signature: yours was added to it (co-signed)</source>
        <translation>в %1 уже была подпись: ваша добавлена к ней (совместная подпись)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="406"/>
        <source>%1 is not co-signed (%2): it is signed as a file instead</source>
        <translation>к %1 не добавлена подпись (%2): вместо этого он подписан как файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="411"/>
        <source>%1 is not a PDF: signed as %2 beside it instead</source>
        <translation>%1 — не PDF: вместо этого подписан файлом %2 рядом</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="415"/>
        <source>%1 cannot be signed inside a PDF by eGov Mobile: signed as %2 beside it instead</source>
        <translation>eGov Mobile не может подписать %1 внутри PDF: вместо этого подписан файлом %2 рядом</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="419"/>
        <source>%1 cannot be signed inside (%2): signed as %3 beside it instead</source>
        <translation>%1 нельзя подписать внутри (%2): вместо этого подписан файлом %3 рядом</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="426"/>
        <source>signature valid; when it was made is proven by a trusted time-stamp</source>
        <translation>подпись действительна; время её создания доказано доверенной меткой времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="430"/>
        <source>signature valid; certificate valid and not revoked now; its signing time is only the signer&apos;s claim</source>
        <translation>подпись действительна; сертификат сейчас действителен и не отозван; время подписи — лишь утверждение подписавшего</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="436"/>
        <source>signature valid; certificate valid and not revoked now</source>
        <translation>подпись действительна; сертификат сейчас действителен и не отозван</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="440"/>
        <source>an XML signature carries no time-stamp: when it was made is not proven</source>
        <translation>у XML-подписи нет метки времени: время её создания не доказано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="444"/>
        <source>the document differs from the one that was signed (modified after signing, or another document)</source>
        <translation>документ отличается от подписанного (изменён после подписания или это другой документ)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="450"/>
        <source>the XML differs from the one that was signed (modified after signing)</source>
        <translation>XML отличается от подписанного (изменён после подписания)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="454"/>
        <source>the signature does not match the signer&apos;s key</source>
        <translation>подпись не соответствует ключу подписанта</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="458"/>
        <source>signingCertificateV2 names a different certificate</source>
        <translation>signingCertificateV2 указывает на другой сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="462"/>
        <source>the signed document is needed to check integrity (detached signature)</source>
        <translation>для проверки целостности нужен подписанный документ (отсоединённая подпись)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="466"/>
        <source>CMS without signed attributes is not supported</source>
        <translation>CMS без подписанных атрибутов не поддерживается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="468"/>
        <source>signed attributes lack messageDigest</source>
        <translation>в подписанных атрибутах нет messageDigest</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="469"/>
        <source>unsupported digest algorithm %1</source>
        <translation>неподдерживаемый алгоритм хеширования %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="470"/>
        <source>malformed signer information (%1)</source>
        <translation>сведения о подписанте повреждены (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="473"/>
        <source>the signer&apos;s certificate is not included in the CMS</source>
        <translation>сертификат подписанта не включён в CMS</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="476"/>
        <source>the certificate is not valid until %1</source>
        <translation>сертификат действует только с %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="480"/>
        <source>the certificate expired on %1, before the time-stamp&apos;s time</source>
        <translation>срок сертификата истёк %1, раньше времени метки времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="485"/>
        <source>the certificate expired on %1; no trusted time-stamp proves the signature was made before the certificate expired</source>
        <translation>срок сертификата истёк %1; нет доверенной метки времени, доказывающей, что подпись сделана до истечения срока сертификата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="493"/>
        <source>the certificate does not allow signing documents (key usage: %1; an authentication key)</source>
        <translation>сертификат не разрешает подписывать документы (использование ключа: %1; ключ аутентификации)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="499"/>
        <source>the certificate does not chain to a trusted root</source>
        <translation>сертификат не ведёт к доверенному корневому сертификату</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="507"/>
        <source>revoked on %1 per %2 (%3), before the time-stamp&apos;s time</source>
        <translation>отозван %1 по данным %2 (%3), раньше времени метки времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="512"/>
        <source>suspended on %1 per %2 (%3), before the time-stamp&apos;s time</source>
        <translation>приостановлен %1 по данным %2 (%3), раньше времени метки времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="517"/>
        <source>revoked on %1 per %2 (%3); no trusted time-stamp proves the signature was made before the revocation</source>
        <translation>отозван %1 по данным %2 (%3); нет доверенной метки времени, доказывающей, что подпись сделана до отзыва</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="524"/>
        <source>suspended on %1 per %2 (%3); no trusted time-stamp proves the signature was made before the suspension</source>
        <translation>приостановлен %1 по данным %2 (%3); нет доверенной метки времени, доказывающей, что подпись сделана до приостановки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="532"/>
        <source>revoked on %1 per %2 (%3), after the proven time of signing</source>
        <translation>отозван %1 по данным %2 (%3), после доказанного времени подписания</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="537"/>
        <source>suspended on %1 per %2 (%3), after the proven time of signing</source>
        <translation>приостановлен %1 по данным %2 (%3), после доказанного времени подписания</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="540"/>
        <source>revoked on %1 per %2 (%3)</source>
        <translation>отозван %1 по данным %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="541"/>
        <source>suspended on %1 per %2 (%3)</source>
        <translation>приостановлен %1 по данным %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="542"/>
        <source>the CA may lift it</source>
        <translation>УЦ может снять приостановку</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="543"/>
        <source>not revoked per %1</source>
        <translation>не отозван по данным %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="544"/>
        <source>not revocable (trusted root)</source>
        <translation>не может быть отозван (доверенный корневой)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="545"/>
        <source>status unknown: %1</source>
        <translation>статус неизвестен: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="549"/>
        <source>the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked at the time-stamp&apos;s time (see revocation)</source>
        <translation>подпись цела, но ни один CRL или ответ OCSP под рукой не говорит, был ли сертификат отозван на время метки времени (см. отзыв)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="558"/>
        <source>the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked now (see revocation)</source>
        <translation>подпись цела, но ни один CRL или ответ OCSP под рукой не говорит, отозван ли сертификат сейчас (см. отзыв)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="565"/>
        <source>%1 of %2, next update %3</source>
        <translation>%1 от %2, следующее обновление %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="566"/>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="570"/>
        <source>issuer %1 not found among trusted certificates</source>
        <translation>издатель %1 не найден среди доверенных сертификатов</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="572"/>
        <source>root %1 is not trusted</source>
        <translation>корневой сертификат %1 не доверенный</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="573"/>
        <source>%1 is not a CA certificate</source>
        <translation>%1 — не сертификат УЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="575"/>
        <source>CA certificate %1 was not valid at %2</source>
        <translation>сертификат УЦ %1 не действовал на %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="577"/>
        <source>certificate chain too long</source>
        <translation>слишком длинная цепочка сертификатов</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="578"/>
        <source>no CRL of %1 at hand</source>
        <translation>нет под рукой CRL издателя %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="581"/>
        <source>%1 was issued %2 after the certificate expired (%3) and no longer lists it</source>
        <translation>%1 выпущен %2, после истечения срока сертификата (%3), и больше его не перечисляет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="586"/>
        <source>%1 was issued %2, after the time judged</source>
        <translation>%1 выпущен %2, после оцениваемого момента</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="591"/>
        <source>%1 is stale: its next update was due %2</source>
        <translation>%1 устарел: следующее обновление ожидалось %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="596"/>
        <source>%1 naming %2 ignored: not signed by that CA</source>
        <translation>%1 от имени %2 не учтён: он не подписан этим УЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="601"/>
        <source>%1 of %2 ignored: the CA&apos;s certificate does not allow signing CRLs (keyUsage cRLSign)</source>
        <translation>%1 издателя %2 не учтён: сертификат УЦ не разрешает подписывать CRL (keyUsage cRLSign)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="606"/>
        <source>%1 ignored: not signed by %2 or an OCSP responder it issued (id-kp-OCSPSigning)</source>
        <translation>%1 не учтён: он не подписан ни %2, ни выданным им OCSP-сервером (id-kp-OCSPSigning)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="609"/>
        <source>%1 is not a CRL (%2)</source>
        <translation>%1 — не CRL (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="612"/>
        <source>trust folder or certificate not found: %1</source>
        <translation>папка доверия или сертификат не найдены: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="614"/>
        <source>OCSP %1 answered %2</source>
        <translation>OCSP %1 ответил: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="615"/>
        <source>%1 answered %2</source>
        <translation>%1 ответил: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="616"/>
        <source>%1 unreachable: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="617"/>
        <source>%1 did not send a CRL</source>
        <translation>%1 не прислал CRL</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="620"/>
        <source>the time-stamp is not over this signature</source>
        <translation>метка времени поставлена не на эту подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="622"/>
        <source>unreadable time-stamp: %1</source>
        <translation>метка времени не читается: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="623"/>
        <source>time-stamp signature: %1</source>
        <translation>подпись метки времени: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="626"/>
        <source>not made by a time-stamping authority: %1</source>
        <translation>выдана не службой меток времени: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="631"/>
        <source>the time-stamp authority&apos;s certificate was %1</source>
        <translation>сертификат службы меток времени: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="636"/>
        <source>time-stamp authority not trusted: %1</source>
        <translation>службе меток времени нет доверия: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="641"/>
        <source>no evidence at hand says whether the time-stamp authority&apos;s certificate was revoked at its time (%1)</source>
        <translation>ничто под рукой не говорит, был ли сертификат службы меток времени отозван на её время (%1)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="648"/>
        <source>%1 is not a time-stamping authority (no extendedKeyUsage id-kp-timeStamping)</source>
        <translation>%1 — не служба меток времени (нет extendedKeyUsage id-kp-timeStamping)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="652"/>
        <source>%1 is not a time-stamping authority (its extendedKeyUsage is %2)</source>
        <translation>%1 — не служба меток времени (её extendedKeyUsage: %2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="657"/>
        <source>the issuing CA %1 was revoked on %2 (%3), before the time-stamp&apos;s time</source>
        <translation>выдавший сертификат УЦ %1 отозван %2 (%3), раньше времени метки времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="662"/>
        <source>the issuing CA %1 was revoked on %2 (%3), before now (no trusted time-stamp proves otherwise)</source>
        <translation>выдавший сертификат УЦ %1 отозван %2 (%3), раньше текущего момента (доверенная метка времени не доказывает иного)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="667"/>
        <source>%1: revocation not checked (%2)</source>
        <translation>%1: отзыв не проверен (%2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="669"/>
        <source>%1: not revoked per %2</source>
        <translation>%1: не отозван по данным %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="672"/>
        <source>%1: revoked on %2 per %3, after the time judged</source>
        <translation>%1: отозван %2 по данным %3, после оцениваемого момента</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="677"/>
        <source>%1: revoked on %2 per %3 (%4)</source>
        <translation>%1: отозван %2 по данным %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="683"/>
        <source>an older NCA generation this version cannot check: RSA with SHA-1; it is neither proven valid nor shown invalid</source>
        <translation>прежнее поколение НУЦ, которое эта версия не может проверить: RSA с SHA-1; подпись не доказана действительной и не признана недействительной</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="692"/>
        <source>an older NCA generation this version cannot check: the GOST family of 2011–2016 (%1); it is neither proven valid nor shown invalid</source>
        <translation>прежнее поколение НУЦ, которое эта версия не может проверить: семейство ГОСТ 2011–2016 годов (%1); подпись не доказана действительной и не признана недействительной</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="699"/>
        <source>issued by the NCA root</source>
        <translation>выдан корневым УЦ НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="700"/>
        <source>issued by the NCA</source>
        <translation>выдан НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="701"/>
        <source>issued by the state bodies&apos; CA (УЦГО)</source>
        <translation>выдан УЦ государственных органов (УЦГО)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="702"/>
        <source>issued by BTS Digital&apos;s CA</source>
        <translation>выдан УЦ BTS Digital</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="705"/>
        <source>signed by %1, but the letter is from %2</source>
        <translation>подписано %1, но письмо от %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="709"/>
        <source>the signer&apos;s certificate names no e-mail address to compare with From</source>
        <translation>в сертификате подписанта нет адреса e-mail для сравнения с From</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="711"/>
        <source>the signed file %1 is not attached</source>
        <translation>подписанный файл %1 не вложен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="715"/>
        <source>no account yet: add one with `account add`</source>
        <translation>учётных записей ещё нет: добавьте её командой `account add`</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="719"/>
        <source>several accounts: name one (--account NAME)</source>
        <translation>учётных записей несколько: укажите одну (--account NAME)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="721"/>
        <source>no account named %1 (accounts: %2)</source>
        <translation>нет учётной записи с именем %1 (учётные записи: %2)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="722"/>
        <source>no folder %1 in %2 (folders: %3)</source>
        <translation>в %2 нет папки %1 (папки: %3)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="723"/>
        <source>no message with UID %1 in %2</source>
        <translation>в %2 нет письма с UID %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="724"/>
        <source>the letter has no recipient</source>
        <translation>у письма нет получателя</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="727"/>
        <source>this letter is not in the cache and the server is unreachable</source>
        <translation>этого письма нет в кэше, а сервер недоступен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="729"/>
        <source>not an e-mail address: %1</source>
        <translation>не адрес электронной почты: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="732"/>
        <source>refusing to send a password in clear text to %1: use ssl or starttls</source>
        <translation>пароль не будет отправлен на %1 открытым текстом: используйте ssl или starttls</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="737"/>
        <source>not a date: %1 (write 01.12.2026, 2026-12-01, today or yesterday)</source>
        <translation>не дата: %1 (пишите 01.12.2026, 2026-12-01, today или yesterday)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="739"/>
        <source>%1: needs a value</source>
        <translation>%1: нужно значение</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="740"/>
        <source>%1: takes 12 digits, not %2</source>
        <translation>%1: нужно 12 цифр, а не %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="743"/>
        <source>has: takes attachment or signature, not %1</source>
        <translation>has: нужно attachment или signature, а не %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="745"/>
        <source>status: takes %1, not %2</source>
        <translation>status: нужно одно из: %1, а не %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="749"/>
        <source>the QR code expired before the signing was confirmed in eGov Mobile</source>
        <translation>срок QR-кода истёк до подтверждения подписи в eGov Mobile</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="751"/>
        <source>the QR code expired: %1</source>
        <translation>срок QR-кода истёк: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="752"/>
        <source>eGov Mobile did not sign: %1</source>
        <translation>eGov Mobile не подписал: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="753"/>
        <source>SIGEX (%1) cannot be reached: %2</source>
        <translation>SIGEX (%1) недоступен: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="754"/>
        <source>SIGEX (%1) did not answer in time</source>
        <translation>SIGEX (%1) не ответил вовремя</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="756"/>
        <source>signing with eGov Mobile was cancelled</source>
        <translation>подписание в eGov Mobile отменено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="760"/>
        <source>the signature eGov Mobile sent back is not valid: %1</source>
        <translation>подпись, которую вернул eGov Mobile, недействительна: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="765"/>
        <source>the letter&apos;s parts came back signed with different certificates (was the second QR code scanned by another phone?): nothing is sent</source>
        <translation>части письма вернулись подписанными разными сертификатами (второй QR-код отсканировал другой телефон?): ничего не отправлено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="773"/>
        <source>SIGEX returned a signature with a document inside or other signers, not one detached</source>
        <translation>SIGEX вернул не одну отделённую подпись, а подпись с документом внутри или с другими подписантами</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="777"/>
        <source>%1 MiB to sign: SIGEX takes %2 MiB at most in one signing</source>
        <translation>на подпись %1 МиБ: SIGEX принимает не более %2 МиБ за одно подписание</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/cli/coretext.py" line="781"/>
        <source>the signature eGov Mobile sent back names no certificate</source>
        <translation>в подписи, которую вернул eGov Mobile, не указан сертификат</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="131"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
</context>
</TS>
