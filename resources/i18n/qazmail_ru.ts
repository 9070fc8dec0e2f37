<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <location filename="../../qazmail_desktop/ui/compose.py" line="63"/>
        <source>New letter — QazMail</source>
        <translation>Новое письмо — QazMail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="75"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="76"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="77"/>
        <source>Bcc:</source>
        <translation>Скрытая копия:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="78"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="90"/>
        <source>Sign with EDS</source>
        <translation>Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="100"/>
        <source>Sign each attachment (.sig)</source>
        <translation>Подписать каждое вложение (.sig)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="107"/>
        <source>Attach…</source>
        <translation>Вложить…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="109"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="135"/>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="170"/>
        <source>No key</source>
        <translation>Нет ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="170"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Сначала добавьте ключ ЭЦП в менеджере ключей.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="192"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="221"/>
        <source>Cannot send</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="212"/>
        <source>Offline: the letter waits in the outbox and is sent at the next sync</source>
        <translation>Нет связи: письмо ждёт в исходящих и будет отправлено при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="214"/>
        <source>The server refused the letter: %1</source>
        <translation>Сервер отклонил письмо: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="216"/>
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
        <location filename="../../qazmail_desktop/ui/models.py" line="44"/>
        <location filename="../../qazmail_desktop/ui/models.py" line="48"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="76"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="77"/>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="78"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="79"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="80"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="70"/>
        <source>EDS keys</source>
        <translation>Ключи ЭЦП</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="75"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="76"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="77"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="78"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="79"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="80"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="81"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="88"/>
        <source>Add key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="90"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="109"/>
        <source>(open once to read)</source>
        <translation>(откройте один раз, чтобы прочитать)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="121"/>
        <source>Renew the key at the NCA before it expires</source>
        <translation>Перевыпустите ключ в НУЦ до истечения срока</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="127"/>
        <source>NCA key file</source>
        <translation>Файл ключа НУЦ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="127"/>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Ключи (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="137"/>
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
        <location filename="../../qazmail_desktop/ui/main_window.py" line="285"/>
        <source>Sync cancelled: what was fetched is kept</source>
        <translation>Синхронизация отменена: полученное сохранено</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="307"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>Синхронизация %1: %2 из %3</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="319"/>
        <source>%1 new letters</source>
        <translation>Новых писем: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="326"/>
        <source>Mail is up to date</source>
        <translation>Почта обновлена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="336"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="336"/>
        <source>○ Offline — working from the cache</source>
        <translation>○ Нет связи — работа с локальной копией</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="343"/>
        <source>Add a mail account first.</source>
        <translation>Сначала добавьте почтовую учётную запись.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="385"/>
        <source>Forwarded letter</source>
        <translation>Пересылаемое письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="422"/>
        <source>Move to</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="422"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="455"/>
        <source>%1 letters found</source>
        <translation>Найдено писем: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="163"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="164"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="165"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="166"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="170"/>
        <source>Unread, flagged, attachments</source>
        <translation>Не прочитано, отмечено, вложения</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="170"/>
        <source>Electronic signature</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="193"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="210"/>
        <source>Signed; not checked yet</source>
        <translation>Подписано; ещё не проверено</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="33"/>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="35"/>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="39"/>
        <source>Keep for this session only</source>
        <translation>Запомнить только на этот сеанс</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="63"/>
        <source>Show remote content</source>
        <translation>Показать внешнее содержимое</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="76"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="77"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="93"/>
        <source>No letter selected</source>
        <translation>Письмо не выбрано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="120"/>
        <source>%1 remote images or links were blocked to protect your privacy.</source>
        <translation>Заблокировано внешних изображений и ссылок: %1 (для защиты вашей конфиденциальности).</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="160"/>
        <source>Save attachment to folder</source>
        <translation>Сохранить вложение в папку</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="166"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="168"/>
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
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="39"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="41"/>
        <source>Attachment: %1</source>
        <translation>Вложение: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="48"/>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="62"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="62"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="70"/>
        <source>Signed at</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="72"/>
        <source>Time-stamp</source>
        <translation>Метка времени</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="88"/>
        <source>Signature valid</source>
        <translation>Подпись верна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="89"/>
        <source>Document modified after signing</source>
        <translation>Документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="90"/>
        <source>Signature invalid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="91"/>
        <source>Certificate revoked</source>
        <translation>Сертификат отозван</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="92"/>
        <source>Certificate expired</source>
        <translation>Срок действия сертификата истёк</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="93"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат ещё не действует</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="94"/>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="95"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм не поддерживается</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="96"/>
        <source>Damaged signature</source>
        <translation>Подпись повреждена</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="102"/>
        <source>Signature details</source>
        <translation>Сведения о подписи</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="107"/>
        <source>Signer %1</source>
        <translation>Подписант %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="110"/>
        <source>  Certificate chain:</source>
        <translation>  Цепочка сертификатов:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="112"/>
        <source>  Revocation: %1</source>
        <translation>  Отзыв: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="61"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
</context>
</TS>
