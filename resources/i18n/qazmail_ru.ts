<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="55"/>
        <source>Mail password</source>
        <translation>Пароль почты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="57"/>
        <source>Password of %1 at %2:</source>
        <translation>Пароль %1 на %2:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="63"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="65"/>
        <source>Remember for this session</source>
        <translation>Запомнить до конца сеанса</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="34"/>
        <source>Add mail account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="36"/>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="43"/>
        <source>Account name:</source>
        <translation>Имя учётной записи:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="44"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="45"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="46"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="48"/>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="58"/>
        <source>IMAP server:</source>
        <translation>Сервер IMAP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="59"/>
        <source>IMAP port:</source>
        <translation>Порт IMAP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="60"/>
        <source>SMTP server:</source>
        <translation>Сервер SMTP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="61"/>
        <source>SMTP port:</source>
        <translation>Порт SMTP:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="62"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="63"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="81"/>
        <source>Insecure</source>
        <translation>Небезопасно</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="81"/>
        <source>Plain text is allowed for loopback only.</source>
        <translation>Без шифрования можно подключаться только к локальному серверу.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="84"/>
        <source>Missing</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="84"/>
        <source>Give an account name and an e-mail address.</source>
        <translation>Укажите имя учётной записи и адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="87"/>
        <source>Exists</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="87"/>
        <source>An account with this name exists.</source>
        <translation>Учётная запись с таким именем уже есть.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="106"/>
        <source>No keyring</source>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="108"/>
        <source>This system has no keyring: the password is kept for this session only and asked again later.</source>
        <translation>В системе нет хранилища паролей: пароль сохранён только на этот сеанс и будет запрошен позже.</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="67"/>
        <source>New letter — QazMail</source>
        <translation>Новое письмо — QazMail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="83"/>
        <source>Cc/Bcc</source>
        <translation>Копия/Скрытая</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="84"/>
        <source>Show the Cc and Bcc fields (Ctrl+Shift+C)</source>
        <translation>Показать поля «Копия» и «Скрытая копия» (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="89"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="90"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="91"/>
        <source>Bcc:</source>
        <translation>Скрытая копия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="92"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Sign with EDS</source>
        <translation type="vanished">Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="120"/>
        <source>Sign each attachment (.sig)</source>
        <translation>Подписать каждое вложение (.sig)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="127"/>
        <source>Attach…</source>
        <translation>Вложить…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="129"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="172"/>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="211"/>
        <source>No key</source>
        <translation>Нет ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="211"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Сначала добавьте ключ ЭЦП в менеджере ключей.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="251"/>
        <source>Cannot send</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="242"/>
        <source>Offline: the letter waits in the outbox and is sent at the next sync</source>
        <translation>Нет связи: письмо ждёт в исходящих и будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="110"/>
        <source>&amp;Sign with EDS</source>
        <translation>&amp;Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="244"/>
        <source>The server refused the letter: %1</source>
        <translation>Сервер отклонил письмо: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="246"/>
        <source>Letter sent</source>
        <translation>Письмо отправлено</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="144"/>
        <source>Welcome to QazMail</source>
        <translation>Добро пожаловать в QazMail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="149"/>
        <source>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.&lt;/p&gt;&lt;p&gt;Try the demo: a mail server on this computer with demo letters and keys, or add your own mail account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Почта с электронной цифровой подписью (ЭЦП) НУЦ Республики Казахстан.&lt;/p&gt;&lt;p&gt;Откройте демонстрацию: почтовый сервер на этом компьютере с демонстрационными письмами и ключами, или добавьте свою учётную запись.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="155"/>
        <source>Open the demo</source>
        <translation>Открыть демонстрацию</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="157"/>
        <source>Add my account</source>
        <translation>Добавить мою учётную запись</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="40"/>
        <location filename="../../qazmail_desktop/ui/models.py" line="44"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="72"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="73"/>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="74"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="75"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="76"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="128"/>
        <source>EDS keys</source>
        <translation>Ключи ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="133"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="134"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="135"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="136"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="137"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="138"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="139"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="146"/>
        <source>Add key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="148"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="167"/>
        <source>(open once to read)</source>
        <translation>(откройте один раз, чтобы прочитать)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="179"/>
        <source>Renew the key at the NCA before it expires</source>
        <translation>Перевыпустите ключ в НУЦ до истечения срока</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="185"/>
        <source>NCA key file</source>
        <translation>Файл ключа НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="185"/>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Ключи (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="195"/>
        <source>Cannot add the key</source>
        <translation>Не удалось добавить ключ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="103"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="142"/>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Message</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="148"/>
        <source>New</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="149"/>
        <source>Get mail</source>
        <translation>Получить почту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="150"/>
        <source>Add account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="152"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="153"/>
        <source>Reply all</source>
        <translation>Ответить всем</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="154"/>
        <source>Forward</source>
        <translation>Переслать</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="155"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="156"/>
        <source>Move to…</source>
        <translation>Переместить в…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="157"/>
        <source>Mark read/unread</source>
        <translation>Прочитано/не прочитано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="158"/>
        <source>Flag</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="159"/>
        <source>Verify signatures again</source>
        <translation>Проверить подписи заново</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="160"/>
        <source>EDS keys…</source>
        <translation>Ключи ЭЦП…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="161"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="163"/>
        <source>Search: words, names, IIN, BIN…</source>
        <translation>Поиск: слова, имена, ИИН, БИН…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="305"/>
        <source>Sync cancelled: what was fetched is kept</source>
        <translation>Синхронизация отменена: полученное сохранено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="321"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>Синхронизация %1: %2 из %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="333"/>
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n новое письмо</numerusform>
            <numerusform>%n новых письма</numerusform>
            <numerusform>%n новых писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="495"/>
        <source>%n letter(s) found</source>
        <translation>
            <numerusform>Найдено %n письмо</numerusform>
            <numerusform>Найдено %n письма</numerusform>
            <numerusform>Найдено %n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new letters</source>
        <translation type="vanished">Новых писем: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="340"/>
        <source>Mail is up to date</source>
        <translation>Почта обновлена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="350"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="350"/>
        <source>○ Offline — working from the cache</source>
        <translation>○ Нет связи — работа с локальной копией</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="357"/>
        <source>Add a mail account first.</source>
        <translation>Сначала добавьте почтовую учётную запись.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="419"/>
        <source>Forwarded letter</source>
        <translation>Пересылаемое письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="462"/>
        <source>Move to</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="462"/>
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
        <location filename="../../qazmail_desktop/ui/models.py" line="159"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="160"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="161"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="162"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="166"/>
        <source>Unread, flagged, attachments</source>
        <translation>Не прочитано, отмечено, вложения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="166"/>
        <source>Electronic signature</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="191"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="210"/>
        <source>Signed; not checked yet</source>
        <translation>Подписано; ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="213"/>
        <source>Partly signed: the text is not what was signed (%1)</source>
        <translation>Подписана лишь часть: текст письма — не то, что подписано (%1)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="36"/>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="38"/>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="42"/>
        <source>Keep for this session only</source>
        <translation>Запомнить только на этот сеанс</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="67"/>
        <source>Show remote content</source>
        <translation>Показать внешнее содержимое</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="80"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="81"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="99"/>
        <source>No letter selected</source>
        <translation>Письмо не выбрано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="112"/>
        <source>This letter cannot be shown: %1</source>
        <translation>Это письмо невозможно показать: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="116"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="118"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="118"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="118"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="118"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="127"/>
        <source>The body of this letter cannot be shown (%1). Its bytes are kept; save it to inspect it.</source>
        <translation>Текст этого письма невозможно показать (%1). Письмо сохранено без изменений; сохраните его, чтобы изучить.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="133"/>
        <source>%1 remote images or links were blocked to protect your privacy.</source>
        <translation>Заблокировано внешних изображений и ссылок: %1 (для защиты вашей конфиденциальности).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="169"/>
        <location filename="../../qazmail_desktop/ui/reading.py" line="174"/>
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="175"/>
        <source>No program on this computer opens %1. Use Save… to keep it and open it yourself.</source>
        <translation>На этом компьютере нет программы, которая открывает %1. Сохраните файл (Сохранить…) и откройте его сами.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="184"/>
        <source>Save attachment to folder</source>
        <translation>Сохранить вложение в папку</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="190"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="192"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="118"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="121"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="125"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="126"/>
        <source>The language changes after a restart.</source>
        <translation>Язык сменится после перезапуска.</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="63"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="65"/>
        <source>A part of the letter only</source>
        <translation>Только часть письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="67"/>
        <source>Attachment: %1</source>
        <translation>Вложение: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="74"/>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="82"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="82"/>
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
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="99"/>
        <source>What this signature really covers:</source>
        <translation>Что на самом деле подписано:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="108"/>
        <source>Signed no later than %1 (proven by a trusted time-stamp)</source>
        <translation>Подписано не позднее %1 (доказано доверенной меткой времени)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="113"/>
        <source>Signing time claimed by the signer: %1 (not proven; checked as of now)</source>
        <translation>Время подписи со слов подписанта: %1 (не доказано; проверено на текущий момент)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="120"/>
        <source>Signature valid</source>
        <translation>Подпись верна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="121"/>
        <source>Signature intact, revocation status unknown</source>
        <translation>Подпись цела, статус отзыва неизвестен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="122"/>
        <source>Signed document missing</source>
        <translation>Нет подписанного документа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="123"/>
        <source>Document modified after signing</source>
        <translation>Документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="124"/>
        <source>Signature invalid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="125"/>
        <source>Key not for signing</source>
        <translation>Ключ не для подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="126"/>
        <source>Certificate revoked</source>
        <translation>Сертификат отозван</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="127"/>
        <source>Certificate expired</source>
        <translation>Срок действия сертификата истёк</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="128"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат ещё не действует</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="129"/>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="130"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм не поддерживается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="131"/>
        <source>Damaged signature</source>
        <translation>Подпись повреждена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="139"/>
        <source>No CRL or OCSP answer at hand says whether the certificate was revoked. Go online and check again.</source>
        <translation>Ни CRL, ни ответ OCSP не говорят, был ли отозван сертификат. Подключитесь к сети и проверьте снова.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="141"/>
        <source>The signed document is needed to check that it was not changed.</source>
        <translation>Чтобы проверить, что документ не изменён, нужен сам подписанный документ.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="143"/>
        <source>This is an authentication (AUTH) key: it cannot sign documents, so this is not a valid signature.</source>
        <translation>Это ключ аутентификации (AUTH): им нельзя подписывать документы, поэтому подпись недействительна.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="146"/>
        <source>The certificate had expired at the time that counts. Without a trusted time-stamp that time is now.</source>
        <translation>На значимый момент срок действия сертификата истёк. Без доверенной метки времени этот момент — сейчас.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="148"/>
        <source>The certificate was revoked before the time that counts.</source>
        <translation>Сертификат отозван до значимого момента.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="149"/>
        <source>The certificate does not lead to a certification authority you trust.</source>
        <translation>Сертификат не ведёт к удостоверяющему центру, которому вы доверяете.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="150"/>
        <source>The document was changed after it was signed: do not rely on it.</source>
        <translation>Документ изменён после подписания: не полагайтесь на него.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="151"/>
        <source>The signature does not match the document and the signer&apos;s key.</source>
        <translation>Подпись не соответствует документу и ключу подписанта.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="152"/>
        <source>The certificate was not yet valid at the time that counts.</source>
        <translation>На значимый момент сертификат ещё не действовал.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="153"/>
        <source>QazMail cannot check this kind of signature.</source>
        <translation>QazMail не умеет проверять такую подпись.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="154"/>
        <source>The signature is damaged and cannot be read.</source>
        <translation>Подпись повреждена и не читается.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="160"/>
        <source>Signature details</source>
        <translation>Сведения о подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="165"/>
        <source>Signer %1</source>
        <translation>Подписант %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="173"/>
        <source>Time-stamp: %1 by %2</source>
        <translation>Метка времени: %1, выдана: %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="178"/>
        <source>  Certificate chain:</source>
        <translation>  Цепочка сертификатов:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="180"/>
        <source>  Revocation: %1</source>
        <translation>  Отзыв: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="184"/>
        <source>Evidence: %1 of %2, issued %3</source>
        <translation>Основание: %1 (%2), выпущен %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="190"/>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="190"/>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="190"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="190"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="247"/>
        <source>the letter&apos;s text</source>
        <translation>текст письма</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="252"/>
        <source>⚠ Only a part of this letter is signed. The text shown below is NOT what was signed: rely only on the signed text in the card. Not covered: %1</source>
        <translation>⚠ Подписана только часть этого письма. Текст ниже — НЕ то, что подписано: доверяйте только подписанному тексту в карточке. Не охвачено подписью: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="256"/>
        <source>Not covered by any signature: %1</source>
        <translation>Не охвачено ни одной подписью: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="119"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
</context>
</TS>
