<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
  <context>
    <name>App</name>
    <message>
      <source>Ekasar cannot start.

{error}</source>
      <translation>Ekasar មិនអាចចាប់ផ្ដើមបានទេ។

{error}</translation>
    </message>
  </context>
  <context>
    <name>Contents</name>
    <message>
      <source>Contents</source>
      <translation>មាតិកា</translation>
    </message>
    <message>
      <source>Contents of the document</source>
      <translation>មាតិកានៃឯកសារ</translation>
    </message>
    <message>
      <source>Open a document to see its contents.</source>
      <translation>បើកឯកសារមួយដើម្បីមើលមាតិការបស់វា។</translation>
    </message>
    <message>
      <source>This document has no headings or pages to list.</source>
      <translation>ឯកសារនេះគ្មានចំណងជើងរង ឬទំព័រដែលត្រូវរាយទេ។</translation>
    </message>
  </context>
  <context>
    <name>DeleteConfirmation</name>
    <message>
      <source>DELETE</source>
      <translation>លុបចោល</translation>
    </message>
    <message>
      <source>Delete my notes</source>
      <translation>លុបចំណាំរបស់ខ្ញុំ</translation>
    </message>
    <message>
      <source>This destroys your notes, highlights, imported documents, reading places and their backups on this computer. It cannot be undone.

Type {word} to confirm.</source>
      <translation>ការនេះនឹងបំផ្លាញចំណាំ ការគូសពណ៌ ឯកសារដែលបាននាំចូល កន្លែងដែលអ្នកបានឈប់អាន និងច្បាប់បម្រុងទុករបស់វា នៅលើកុំព្យូទ័រនេះ។ ការនេះមិនអាចត្រឡប់វិញបានទេ។

សូមវាយ «{word}» ដើម្បីបញ្ជាក់។</translation>
    </message>
    <message>
      <source>Type {word} to confirm</source>
      <translation>សូមវាយ «{word}» ដើម្បីបញ្ជាក់</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Action</source>
      <translation>សកម្មភាព</translation>
    </message>
    <message>
      <source>Already in your library: {file}</source>
      <translation>មានក្នុងបណ្ណាល័យរបស់អ្នករួចហើយ ៖ {file}</translation>
    </message>
    <message>
      <source>Copy address</source>
      <translation>ចម្លងអាសយដ្ឋាន</translation>
    </message>
    <message>
      <source>Ekasar never opens links or fetches anything. You can copy the address and open it yourself, somewhere safe.</source>
      <translation>Ekasar មិនដែលបើកតំណ ឬទាញយកអ្វីទាំងអស់។ អ្នកអាចចម្លងអាសយដ្ឋាន ហើយបើកវាដោយខ្លួនឯង នៅកន្លែងដែលមានសុវត្ថិភាព។</translation>
    </message>
    <message>
      <source>Ekasar {version} — ឯកសារ

An offline reader for human-rights documents. It never uses the network.

Fonts: Noto Sans, Noto Serif, Noto Sans Khmer and Noto Serif Khmer, under the SIL Open Font License 1.1.</source>
      <translation>Ekasar {version} — ឯកសារ

កម្មវិធីអានក្រៅបណ្ដាញ សម្រាប់ឯកសារសិទ្ធិមនុស្ស។ វាមិនដែលប្រើបណ្ដាញទេ។

ពុម្ពអក្សរ ៖ Noto Sans, Noto Serif, Noto Sans Khmer និង Noto Serif Khmer ក្រោមអាជ្ញាប័ណ្ណ SIL Open Font License 1.1។</translation>
    </message>
    <message numerus="yes">
      <source>Imported {count} documents.</source>
      <translation>
        <numerusform>បាននាំចូលឯកសារចំនួន {count}។</numerusform>
        <numerusform>បាននាំចូលឯកសារចំនួន {count}។</numerusform>
      </translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>ផ្លូវកាត់ក្តារចុច</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>តំណ</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>ផ្លូវកាត់</translation>
    </message>
    <message>
      <source>Skipped {file}: {reason}</source>
      <translation>បានរំលង {file} ៖ {reason}</translation>
    </message>
    <message>
      <source>The user guide is missing from this installation.</source>
      <translation>សៀវភៅណែនាំមិនមានក្នុងការដំឡើងនេះទេ។</translation>
    </message>
    <message>
      <source>This document links to:

{address}</source>
      <translation>ឯកសារនេះភ្ជាប់ទៅ ៖

{address}</translation>
    </message>
    <message>
      <source>User guide in Khmer</source>
      <translation>សៀវភៅណែនាំជាភាសាខ្មែរ</translation>
    </message>
    <message>
      <source>{file}: {notice}</source>
      <translation>{file} ៖ {notice}</translation>
    </message>
  </context>
  <context>
    <name>DocumentDialog</name>
    <message>
      <source>Author</source>
      <translation>អ្នកនិពន្ធ</translation>
    </message>
    <message>
      <source>Collections</source>
      <translation>បណ្ដុំ</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
      <source>Document details</source>
      <translation>សេចក្តីលម្អិតឯកសារ</translation>
    </message>
    <message>
      <source>Document id</source>
      <translation>លេខសម្គាល់ឯកសារ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>អ្នកបោះពុម្ពផ្សាយ</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>ស្លាក</translation>
    </message>
    <message>
      <source>Tags, separated by commas</source>
      <translation>ស្លាក ដែលបំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
      <source>Text fingerprint (SHA-256)</source>
      <translation>ស្នាមម្រាមដៃអត្ថបទ (SHA-256)</translation>
    </message>
    <message>
      <source>The SHA-256 of the reading text: the same text always has the same fingerprint</source>
      <translation>SHA-256 នៃអត្ថបទអាន ៖ អត្ថបទដូចគ្នាតែងតែមានស្នាមម្រាមដៃដូចគ្នា</translation>
    </message>
    <message>
      <source>This document is in the archive, which is read-only: its details cannot be changed. You can still tag it and put it in collections.</source>
      <translation>ឯកសារនេះស្ថិតក្នុងប័ណ្ណសារ ដែលសម្រាប់តែអានប៉ុណ្ណោះ ៖ មិនអាចផ្លាស់ប្ដូរសេចក្តីលម្អិតរបស់វាបានទេ។ អ្នកនៅតែអាចដាក់ស្លាក និងដាក់វាក្នុងបណ្ដុំបាន។</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ចំណងជើង</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY, YYYY-MM ឬ YYYY-MM-DD</translation>
    </message>
    <message>
      <source>tags, separated by commas</source>
      <translation>ស្លាក ដែលបំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>a document needs a title</source>
      <translation>ឯកសារត្រូវការចំណងជើង</translation>
    </message>
    <message>
      <source>a document's title, author, publisher or kind can be at most {limit} characters</source>
      <translation>ចំណងជើង អ្នកនិពន្ធ អ្នកបោះពុម្ពផ្សាយ ឬប្រភេទរបស់ឯកសារ អាចមានយ៉ាងច្រើន {limit} តួអក្សរ</translation>
    </message>
    <message>
      <source>the date must be YYYY, YYYY-MM or YYYY-MM-DD (such as 2024, 2024-03 or 2024-03-03), not {value}</source>
      <translation>កាលបរិច្ឆេទត្រូវតែជា YYYY, YYYY-MM ឬ YYYY-MM-DD (ដូចជា 2024, 2024-03 ឬ 2024-03-03) មិនមែន {value} ទេ</translation>
    </message>
    <message>
      <source>there is no such day: {value}</source>
      <translation>គ្មានថ្ងៃនេះទេ ៖ {value}</translation>
    </message>
    <message>
      <source>“{title}” is an archive document, and the archive is read-only: only documents you imported can be edited</source>
      <translation>«{title}» ជាឯកសារក្នុងប័ណ្ណសារ ហើយប័ណ្ណសារសម្រាប់តែអានប៉ុណ្ណោះ ៖ អាចកែសម្រួលបានតែឯកសារដែលអ្នកបាននាំចូលប៉ុណ្ណោះ</translation>
    </message>
    <message>
      <source>“{title}” is an archive document, and the archive is read-only: only documents you imported can be removed</source>
      <translation>«{title}» ជាឯកសារក្នុងប័ណ្ណសារ ហើយប័ណ្ណសារសម្រាប់តែអានប៉ុណ្ណោះ ៖ អាចដកចេញបានតែឯកសារដែលអ្នកបាននាំចូលប៉ុណ្ណោះ</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>no document with id {doc_id}</source>
      <translation>គ្មានឯកសារដែលមានលេខសម្គាល់ {doc_id} ទេ</translation>
    </message>
    <message>
      <source>no note with id {id}</source>
      <translation>គ្មានចំណាំដែលមានលេខសម្គាល់ {id} ទេ</translation>
    </message>
    <message>
      <source>the quote is not in {doc_id}</source>
      <translation>សម្រង់នេះមិនមានក្នុង {doc_id} ទេ</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <source>Date</source>
      <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>Event title</source>
      <translation>ចំណងជើងព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ចំណងជើង</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>រហូតដល់</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY, YYYY-MM ឬ YYYY-MM-DD</translation>
    </message>
    <message>
      <source>an event needs a title</source>
      <translation>ព្រឹត្តិការណ៍ត្រូវការចំណងជើង</translation>
    </message>
    <message>
      <source>optional, for a period</source>
      <translation>ស្រេចចិត្ត សម្រាប់រយៈពេលមួយ</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message numerus="yes">
      <source>A folder of {count} files, {size} bytes: {name}</source>
      <translation>
        <numerusform>ថតមួយដែលមានឯកសារ {count} ទំហំ {size} បៃ ៖ {name}</numerusform>
        <numerusform>ថតមួយដែលមានឯកសារ {count} ទំហំ {size} បៃ ៖ {name}</numerusform>
      </translation>
    </message>
    <message>
      <source>One encrypted file, about {size} bytes: {name}</source>
      <translation>ឯកសារដែលបានអ៊ីនគ្រីបតែមួយ ទំហំប្រហែល {size} បៃ ៖ {name}</translation>
    </message>
    <message>
      <source>a text is missing or larger than 1 MB</source>
      <translation>អត្ថបទមួយបាត់ ឬធំជាង ១ MB</translation>
    </message>
    <message>
      <source>annotation {number} has bad values ({problem})</source>
      <translation>ការកត់សម្គាល់ទី {number} មានតម្លៃមិនត្រឹមត្រូវ ({problem})</translation>
    </message>
    <message>
      <source>annotation {number} is malformed</source>
      <translation>ការកត់សម្គាល់ទី {number} មានទម្រង់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
      <source>bad path in manifest: {path}</source>
      <translation>ផ្លូវមិនត្រឹមត្រូវក្នុងបញ្ជីផ្ទៀងផ្ទាត់ ៖ {path}</translation>
    </message>
    <message>
      <source>bagit.txt or the manifest is missing</source>
      <translation>bagit.txt ឬបញ្ជីផ្ទៀងផ្ទាត់បាត់</translation>
    </message>
    <message>
      <source>cannot read {name}: {error}</source>
      <translation>មិនអាចអាន {name} បានទេ ៖ {error}</translation>
    </message>
    <message>
      <source>cannot read {name}: {reason}</source>
      <translation>មិនអាចអាន {name} បានទេ ៖ {reason}</translation>
    </message>
    <message>
      <source>could not create {name}: {reason}</source>
      <translation>មិនអាចបង្កើត {name} បានទេ ៖ {reason}</translation>
    </message>
    <message>
      <source>could not write {name}: {reason}</source>
      <translation>មិនអាចសរសេរ {name} បានទេ ៖ {reason}</translation>
    </message>
    <message>
      <source>damaged: {path}</source>
      <translation>ខូច ៖ {path}</translation>
    </message>
    <message>
      <source>give a passphrase to encrypt the export with</source>
      <translation>សូមផ្ដល់ឃ្លាសម្ងាត់មួយ ដើម្បីអ៊ីនគ្រីបការនាំចេញ</translation>
    </message>
    <message>
      <source>its colour, status or target is unknown</source>
      <translation>ពណ៌ ស្ថានភាព ឬគោលដៅរបស់វា មិនស្គាល់</translation>
    </message>
    <message>
      <source>its document id is not one Ekasar makes</source>
      <translation>លេខសម្គាល់ឯកសាររបស់វា មិនមែនជាប្រភេទដែល Ekasar បង្កើតទេ</translation>
    </message>
    <message>
      <source>its id is not a UUID</source>
      <translation>លេខសម្គាល់របស់វា មិនមែនជា UUID ទេ</translation>
    </message>
    <message>
      <source>its offsets are out of range</source>
      <translation>ទីតាំងក្នុងអត្ថបទរបស់វា ហួសដែនកំណត់</translation>
    </message>
    <message>
      <source>its tags are malformed</source>
      <translation>ស្លាករបស់វាមានទម្រង់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
      <source>missing: {path}</source>
      <translation>បាត់ ៖ {path}</translation>
    </message>
    <message>
      <source>not an Ekasar notes bundle</source>
      <translation>មិនមែនជាកញ្ចប់ចំណាំ Ekasar ទេ</translation>
    </message>
    <message>
      <source>refusing a bundle with a symbolic link: {link}</source>
      <translation>បដិសេធកញ្ចប់ដែលមានតំណនិមិត្តសញ្ញា ៖ {link}</translation>
    </message>
    <message>
      <source>refusing to write outside the bag: {path}</source>
      <translation>បដិសេធមិនសរសេរនៅក្រៅថង់ ៖ {path}</translation>
    </message>
    <message>
      <source>the bundle does not match its manifest: {problems}</source>
      <translation>កញ្ចប់មិនត្រូវគ្នានឹងបញ្ជីផ្ទៀងផ្ទាត់របស់វាទេ ៖ {problems}</translation>
    </message>
    <message>
      <source>the bundle's annotations are missing or absurdly many</source>
      <translation>ការកត់សម្គាល់របស់កញ្ចប់ បាត់ ឬមានច្រើនហួសហេតុ</translation>
    </message>
    <message>
      <source>the export did not verify: {problems}</source>
      <translation>ការនាំចេញមិនបានផ្ទៀងផ្ទាត់ត្រឹមត្រូវទេ ៖ {problems}</translation>
    </message>
    <message>
      <source>the folder {folder} does not exist</source>
      <translation>ថត {folder} មិនមានទេ</translation>
    </message>
    <message>
      <source>the sealed file holds a file with a bad name: {name}</source>
      <translation>ឯកសារដែលបានបិទត្រា មានឯកសារមួយដែលមានឈ្មោះមិនត្រឹមត្រូវ ៖ {name}</translation>
    </message>
    <message numerus="yes">
      <source>the sealed file holds {count} files; an export has a handful</source>
      <translation>
        <numerusform>ឯកសារដែលបានបិទត្រា មានឯកសារ {count} ខណៈដែលការនាំចេញមួយមានតែប៉ុន្មានឯកសារប៉ុណ្ណោះ</numerusform>
        <numerusform>ឯកសារដែលបានបិទត្រា មានឯកសារ {count} ខណៈដែលការនាំចេញមួយមានតែប៉ុន្មានឯកសារប៉ុណ្ណោះ</numerusform>
      </translation>
    </message>
    <message>
      <source>the sealed file unpacks to more than an export can hold</source>
      <translation>ឯកសារដែលបានបិទត្រា ពន្លាចេញធំជាងអ្វីដែលការនាំចេញមួយអាចមាន</translation>
    </message>
    <message>
      <source>the sealed file's contents are unreadable ({error})</source>
      <translation>មាតិការបស់ឯកសារដែលបានបិទត្រា មិនអាចអានបានទេ ({error})</translation>
    </message>
    <message>
      <source>there are no notes to export</source>
      <translation>គ្មានចំណាំដើម្បីនាំចេញទេ</translation>
    </message>
    <message>
      <source>there are no quotes to export (notes without a quoted passage are left out)</source>
      <translation>គ្មានសម្រង់ដើម្បីនាំចេញទេ (ចំណាំដែលគ្មានអត្ថបទដកស្រង់ ត្រូវបានទុកចោល)</translation>
    </message>
    <message>
      <source>this is not a sealed Ekasar file</source>
      <translation>នេះមិនមែនជាឯកសារ Ekasar ដែលបានបិទត្រាទេ</translation>
    </message>
    <message>
      <source>this sealed file holds no notes bundle, only files to read: open it with 'ekasar unseal FILE --to FOLDER'</source>
      <translation>ឯកសារដែលបានបិទត្រានេះ គ្មានកញ្ចប់ចំណាំទេ មានតែឯកសារសម្រាប់អានប៉ុណ្ណោះ ៖ សូមបើកវាដោយ 'ekasar unseal FILE --to FOLDER'</translation>
    </message>
    <message>
      <source>{name} changed while it was being read: the bundle is refused</source>
      <translation>{name} បានផ្លាស់ប្ដូរ ខណៈពេលដែលវាកំពុងត្រូវបានអាន ៖ កញ្ចប់ត្រូវបានបដិសេធ</translation>
    </message>
    <message>
      <source>{name} did not read back the same; nothing was kept</source>
      <translation>{name} អានឡើងវិញមិនដូចគ្នាទេ ៖ គ្មានអ្វីត្រូវបានរក្សាទុកឡើយ</translation>
    </message>
    <message>
      <source>{name} is not a sealed Ekasar file</source>
      <translation>{name} មិនមែនជាឯកសារ Ekasar ដែលបានបិទត្រាទេ</translation>
    </message>
    <message>
      <source>{name} is too large ({size} MB)</source>
      <translation>{name} ធំពេក ({size} MB)</translation>
    </message>
    <message>
      <source>{name} is too large to be a sealed export</source>
      <translation>{name} ធំពេក មិនអាចជាការនាំចេញដែលបានបិទត្រាបានទេ</translation>
    </message>
    <message>
      <source>{path} has no {manifest}: not an exported bundle</source>
      <translation>{path} គ្មាន {manifest} ទេ ៖ មិនមែនជាកញ្ចប់ដែលបាននាំចេញទេ</translation>
    </message>
    <message numerus="yes">
      <source>{path} holds {count} files; a bundle has a handful</source>
      <translation>
        <numerusform>{path} មានឯកសារ {count} ខណៈដែលកញ្ចប់មួយមានតែប៉ុន្មានឯកសារប៉ុណ្ណោះ</numerusform>
        <numerusform>{path} មានឯកសារ {count} ខណៈដែលកញ្ចប់មួយមានតែប៉ុន្មានឯកសារប៉ុណ្ណោះ</numerusform>
      </translation>
    </message>
    <message>
      <source>{path} is not a bundle folder (export one with --format bundle)</source>
      <translation>{path} មិនមែនជាថតកញ្ចប់ទេ (សូមនាំចេញកញ្ចប់មួយដោយ --format bundle)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>About</source>
      <translation>អំពី</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>ម្ដងទៀត</translation>
    </message>
    <message>
      <source>All notes</source>
      <translation>ចំណាំទាំងអស់</translation>
    </message>
    <message>
      <source>CSV (spreadsheets)</source>
      <translation>CSV (សៀវភៅបញ្ជី)</translation>
    </message>
    <message>
      <source>Choose a folder or a USB stick to export to first</source>
      <translation>សូមជ្រើសថត ឬឧបករណ៍ USB ដែលត្រូវនាំចេញទៅជាមុនសិន</translation>
    </message>
    <message>
      <source>Choose a folder, or plug in a USB stick</source>
      <translation>ជ្រើសថតមួយ ឬដោតឧបករណ៍ USB</translation>
    </message>
    <message>
      <source>Choose a folder…</source>
      <translation>ជ្រើសថត…</translation>
    </message>
    <message>
      <source>Choose where to export first.</source>
      <translation>សូមជ្រើសកន្លែងនាំចេញជាមុនសិន។</translation>
    </message>
    <message>
      <source>Collection: {name}</source>
      <translation>បណ្ដុំ ៖ {name}</translation>
    </message>
    <message>
      <source>Content of the chosen file</source>
      <translation>មាតិកានៃឯកសារដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>Document: {title}</source>
      <translation>ឯកសារ ៖ {title}</translation>
    </message>
    <message>
      <source>Documents tagged #{tag}</source>
      <translation>ឯកសារដែលមានស្លាក #{tag}</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>អ៊ីនគ្រីបដោយឃ្លាសម្ងាត់</translation>
    </message>
    <message numerus="yes">
      <source>Encrypted, written and read back: {folder} ({count} bytes).
It opens only with its passphrase: in Ekasar (Import notes…, for an exchange bundle), with 'ekasar unseal', or with the recipe in docs/security-formats.md.</source>
      <translation>
        <numerusform>បានអ៊ីនគ្រីប សរសេរ និងអានឡើងវិញរួចហើយ ៖ {folder} ({count} បៃ)។
វាបើកបានតែជាមួយឃ្លាសម្ងាត់របស់វាប៉ុណ្ណោះ ៖ ក្នុង Ekasar (នាំចូលចំណាំពីសហការី… សម្រាប់កញ្ចប់ផ្លាស់ប្ដូរ) ជាមួយ 'ekasar unseal' ឬតាមវិធីក្នុង docs/security-formats.md។</numerusform>
        <numerusform>បានអ៊ីនគ្រីប សរសេរ និងអានឡើងវិញរួចហើយ ៖ {folder} ({count} បៃ)។
វាបើកបានតែជាមួយឃ្លាសម្ងាត់របស់វាប៉ុណ្ណោះ ៖ ក្នុង Ekasar (នាំចូលចំណាំពីសហការី… សម្រាប់កញ្ចប់ផ្លាស់ប្ដូរ) ជាមួយ 'ekasar unseal' ឬតាមវិធីក្នុង docs/security-formats.md។</numerusform>
      </translation>
    </message>
    <message>
      <source>Exchange bundle (for another Ekasar)</source>
      <translation>កញ្ចប់ផ្លាស់ប្ដូរ (សម្រាប់ Ekasar មួយផ្សេងទៀត)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>នាំចេញ</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>ការនាំចេញបានបរាជ័យ</translation>
    </message>
    <message>
      <source>Export notes</source>
      <translation>នាំចេញចំណាំ</translation>
    </message>
    <message>
      <source>Export to folder</source>
      <translation>នាំចេញទៅថត</translation>
    </message>
    <message numerus="yes">
      <source>Exported and verified {count} files ({size} bytes) to {folder}.
Every file was read back and matches the manifest (manifest-sha256.txt).</source>
      <translation>
        <numerusform>បាននាំចេញ និងផ្ទៀងផ្ទាត់ឯកសារ {count} ({size} បៃ) ទៅ {folder}។
ឯកសារនីមួយៗត្រូវបានអានឡើងវិញ ហើយត្រូវគ្នានឹងបញ្ជីផ្ទៀងផ្ទាត់ (manifest-sha256.txt)។</numerusform>
        <numerusform>បាននាំចេញ និងផ្ទៀងផ្ទាត់ឯកសារ {count} ({size} បៃ) ទៅ {folder}។
ឯកសារនីមួយៗត្រូវបានអានឡើងវិញ ហើយត្រូវគ្នានឹងបញ្ជីផ្ទៀងផ្ទាត់ (manifest-sha256.txt)។</numerusform>
      </translation>
    </message>
    <message>
      <source>Files in the export</source>
      <translation>ឯកសារក្នុងការនាំចេញ</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>ទម្រង់</translation>
    </message>
    <message>
      <source>HTML (one printable page)</source>
      <translation>HTML (ទំព័រមួយដែលអាចបោះពុម្ពបាន)</translation>
    </message>
    <message>
      <source>Leave out dates, times and device details</source>
      <translation>ទុកកាលបរិច្ឆេទ ម៉ោង និងព័ត៌មានម៉ាស៊ីនចោល</translation>
    </message>
    <message>
      <source>Markdown (one file per document)</source>
      <translation>Markdown (ឯកសារមួយ សម្រាប់ឯកសារនីមួយៗ)</translation>
    </message>
    <message>
      <source>No export date, no note dates, no Ekasar version; the folder's name and file times say nothing either</source>
      <translation>គ្មានកាលបរិច្ឆេទនាំចេញ គ្មានកាលបរិច្ឆេទចំណាំ គ្មានកំណែ Ekasar ហើយឈ្មោះថត និងម៉ោងរបស់ឯកសារ ក៏មិនបង្ហាញអ្វីដែរ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ចំណាំ</translation>
    </message>
    <message>
      <source>Nothing to write: {error}.</source>
      <translation>គ្មានអ្វីត្រូវសរសេរទេ ៖ {error}។</translation>
    </message>
    <message>
      <source>Only notes about or naming this person or organization</source>
      <translation>តែចំណាំអំពី ឬដែលមានឈ្មោះ បុគ្គល ឬអង្គការនេះប៉ុណ្ណោះ</translation>
    </message>
    <message>
      <source>Only notes changed since this date</source>
      <translation>តែចំណាំដែលបានផ្លាស់ប្ដូរ ចាប់ពីកាលបរិច្ឆេទនេះប៉ុណ្ណោះ</translation>
    </message>
    <message>
      <source>Only notes changed until this date</source>
      <translation>តែចំណាំដែលបានផ្លាស់ប្ដូរ រហូតដល់កាលបរិច្ឆេទនេះប៉ុណ្ណោះ</translation>
    </message>
    <message>
      <source>Only the quoted passages and their sources: no note text, no tags, one colour; notes without a quote are left out</source>
      <translation>តែអត្ថបទដកស្រង់ និងប្រភពរបស់វាប៉ុណ្ណោះ ៖ គ្មានអត្ថបទចំណាំ គ្មានស្លាក ពណ៌តែមួយ ហើយចំណាំដែលគ្មានសម្រង់ ត្រូវបានទុកចោល</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>បើកថត</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>ឃ្លាសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
      <source>Preview: what will be written</source>
      <translation>មើលជាមុន ៖ អ្វីដែលនឹងត្រូវសរសេរ</translation>
    </message>
    <message>
      <source>Quotes only (leave out my notes)</source>
      <translation>សម្រង់តែប៉ុណ្ណោះ (ទុកចំណាំរបស់ខ្ញុំចោល)</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>ចាប់ពី</translation>
    </message>
    <message>
      <source>Tag #{tag}</source>
      <translation>ស្លាក #{tag}</translation>
    </message>
    <message>
      <source>The export becomes one file (.ekasar-sealed). Only Ekasar, or the standard recipe in docs/security-formats.md, can open it, and only with this passphrase. Nobody can recover a forgotten passphrase. A phrase of several words is best; tell it to the reader in person, not on the same stick.</source>
      <translation>ការនាំចេញនឹងក្លាយជាឯកសារតែមួយ (.ekasar-sealed)។ មានតែ Ekasar ឬវិធីស្ដង់ដារក្នុង docs/security-formats.md ប៉ុណ្ណោះ ដែលអាចបើកវាបាន ហើយបានតែជាមួយឃ្លាសម្ងាត់នេះប៉ុណ្ណោះ។ គ្មាននរណាអាចយកឃ្លាសម្ងាត់ដែលភ្លេចមកវិញបានទេ។ ឃ្លាដែលមានពាក្យច្រើន គឺល្អបំផុត។ សូមប្រាប់វាដល់អ្នកអានដោយផ្ទាល់ មិនមែនដាក់នៅលើឧបករណ៍ USB ដដែលទេ។</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type the same passphrase in both fields.</source>
      <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយឃ្លាសម្ងាត់ដដែល ក្នុងវាលទាំងពីរ។</translation>
    </message>
    <message>
      <source>To</source>
      <translation>ទៅ</translation>
    </message>
    <message>
      <source>Type a passphrase to encrypt the export with, twice.</source>
      <translation>សូមវាយឃ្លាសម្ងាត់មួយពីរដង ដើម្បីអ៊ីនគ្រីបការនាំចេញ។</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>រហូតដល់</translation>
    </message>
    <message>
      <source>Web Annotation JSON-LD</source>
      <translation>JSON-LD តាមស្ដង់ដារ Web Annotation</translation>
    </message>
    <message>
      <source>What to leave out, and protection</source>
      <translation>អ្វីដែលត្រូវទុកចោល និងការការពារ</translation>
    </message>
    <message>
      <source>Where to export</source>
      <translation>កន្លែងនាំចេញ</translation>
    </message>
    <message>
      <source>Which notes</source>
      <translation>ចំណាំណាខ្លះ</translation>
    </message>
    <message>
      <source>Your files go in data/; beside them, a list of their checksums (the manifest) lets anyone check that nothing was changed, and README.txt explains this in English and Khmer.</source>
      <translation>ឯកសាររបស់អ្នកនៅក្នុង data/ ៖ នៅក្បែរវា បញ្ជីផលបូកត្រួតពិនិត្យរបស់វា (បញ្ជីផ្ទៀងផ្ទាត់) អនុញ្ញាតឲ្យអ្នកណាក៏បានពិនិត្យថាគ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរ ហើយ README.txt ពន្យល់ការនេះជាភាសាអង់គ្លេស និងភាសាខ្មែរ។</translation>
    </message>
    <message>
      <source>Your notebook is encrypted, so the folder you export to is not remembered: it would tell where you work.</source>
      <translation>សៀវភៅកត់ត្រារបស់អ្នកបានអ៊ីនគ្រីប ដូច្នេះថតដែលអ្នកនាំចេញទៅមិនត្រូវបានចងចាំទេ ៖ វានឹងប្រាប់ពីកន្លែងដែលអ្នកធ្វើការ។</translation>
    </message>
    <message>
      <source>optional: a person or organization</source>
      <translation>ស្រេចចិត្ត ៖ បុគ្គល ឬអង្គការមួយ</translation>
    </message>
    <message>
      <source>optional: changed since YYYY-MM-DD</source>
      <translation>ស្រេចចិត្ត ៖ បានផ្លាស់ប្ដូរចាប់ពី YYYY-MM-DD</translation>
    </message>
    <message>
      <source>optional: changed until YYYY-MM-DD</source>
      <translation>ស្រេចចិត្ត ៖ បានផ្លាស់ប្ដូររហូតដល់ YYYY-MM-DD</translation>
    </message>
    <message>
      <source>the export could not be written: {error}</source>
      <translation>មិនអាចសរសេរការនាំចេញបានទេ ៖ {error}</translation>
    </message>
    <message>
      <source>{label} — {free} GB free, {filesystem}</source>
      <translation>{label} — ទំនេរ {free} GB, {filesystem}</translation>
    </message>
    <message numerus="yes">
      <source>{name} — {count} bytes</source>
      <translation>
        <numerusform>{name} — {count} បៃ</numerusform>
        <numerusform>{name} — {count} បៃ</numerusform>
      </translation>
    </message>
    <message>
      <source>{summary}
Inside it:</source>
      <translation>{summary}
នៅខាងក្នុង ៖</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Close (Esc)</source>
      <translation>បិទ (Esc)</translation>
    </message>
    <message>
      <source>Close find bar</source>
      <translation>បិទរបាររក</translation>
    </message>
    <message>
      <source>Find in document</source>
      <translation>រកក្នុងឯកសារ</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>កន្លែងដែលត្រូវគ្នា</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>រកបន្ទាប់</translation>
    </message>
    <message>
      <source>Next match (Enter, F3)</source>
      <translation>រកបន្ទាប់ (Enter, F3)</translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>រកមិនឃើញ</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>រកមុន</translation>
    </message>
    <message>
      <source>Previous match (Shift+Enter, Shift+F3)</source>
      <translation>រកមុន (Shift+Enter, Shift+F3)</translation>
    </message>
    <message numerus="yes">
      <source>{count} matches</source>
      <translation>
        <numerusform>ត្រូវគ្នា {count} កន្លែង</numerusform>
        <numerusform>ត្រូវគ្នា {count} កន្លែង</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count}+ matches</source>
      <translation>
        <numerusform>ត្រូវគ្នា {count}+ កន្លែង</numerusform>
        <numerusform>ត្រូវគ្នា {count}+ កន្លែង</numerusform>
      </translation>
    </message>
    <message>
      <source>{index} of {total}</source>
      <translation>{index} នៃ {total}</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <source>Ekasar can encrypt your notes, highlights, imported documents and reading places with a passphrase, so that nobody who takes this computer or stick can read them.</source>
      <translation>Ekasar អាចអ៊ីនគ្រីបចំណាំ ការគូសពណ៌ ឯកសារដែលបាននាំចូល និងកន្លែងដែលអ្នកបានឈប់អាន ដោយឃ្លាសម្ងាត់មួយ ដើម្បីកុំឲ្យនរណាដែលយកកុំព្យូទ័រ ឬឧបករណ៍ USB នេះ អាចអានវាបាន។</translation>
    </message>
    <message>
      <source>Encrypt my notes…</source>
      <translation>អ៊ីនគ្រីបចំណាំរបស់ខ្ញុំ…</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>មិនមែនឥឡូវទេ</translation>
    </message>
    <message>
      <source>Protect your notes?</source>
      <translation>ការពារចំណាំរបស់អ្នកឬ?</translation>
    </message>
    <message>
      <source>You can also do this later: File → Security…</source>
      <translation>អ្នកក៏អាចធ្វើការនេះពេលក្រោយបានដែរ ៖ ឯកសារ → សុវត្ថិភាព…</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>OCR could not read {where}: {reason}</source>
      <translation>OCR មិនអាចអាន{where} បានទេ ៖ {reason}</translation>
    </message>
    <message>
      <source>Only the first {limit} of the {count} chapters were read.</source>
      <translation>បានអានតែ {limit} ជំពូកដំបូង ក្នុងចំណោម {count} ជំពូកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
      <source>a broken link, or a file that cannot be read</source>
      <translation>តំណខូច ឬឯកសារដែលមិនអាចអានបាន</translation>
    </message>
    <message>
      <source>a link to a file outside the folder (not followed)</source>
      <translation>តំណទៅឯកសារនៅក្រៅថត (មិនបានតាម)</translation>
    </message>
    <message>
      <source>a link to a folder (not followed)</source>
      <translation>តំណទៅថតមួយ (មិនបានតាម)</translation>
    </message>
    <message>
      <source>a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1–9, LPT1–9): rename the file</source>
      <translation>ឈ្មោះដែល Windows បម្រុងទុកសម្រាប់ឧបករណ៍ (CON, PRN, AUX, NUL, COM1–9, LPT1–9) ៖ សូមប្ដូរឈ្មោះឯកសារ</translation>
    </message>
    <message>
      <source>a part inside the file is encrypted</source>
      <translation>ផ្នែកមួយនៅក្នុងឯកសារបានអ៊ីនគ្រីប</translation>
    </message>
    <message>
      <source>a part inside the file is packed in an unsupported way</source>
      <translation>ផ្នែកមួយនៅក្នុងឯកសារត្រូវបានបង្ហាប់តាមរបៀបដែលមិនគាំទ្រ</translation>
    </message>
    <message>
      <source>a part inside the file is too large unpacked (the limit is {limit} MB)</source>
      <translation>ផ្នែកមួយនៅក្នុងឯកសារធំពេកពេលពន្លា (កម្រិតកំណត់គឺ {limit} MB)</translation>
    </message>
    <message>
      <source>a part inside the file uses an unsupported text encoding ({encoding})</source>
      <translation>ផ្នែកមួយនៅក្នុងឯកសារប្រើការអ៊ិនកូដអត្ថបទដែលមិនគាំទ្រ ({encoding})</translation>
    </message>
    <message>
      <source>a path longer than Windows allows ({limit} characters, unless long paths are turned on): move it nearer the top of the drive</source>
      <translation>ផ្លូវវែងជាងអ្វីដែល Windows អនុញ្ញាត ({limit} តួអក្សរ លុះត្រាតែបានបើកផ្លូវវែង) ៖ សូមផ្លាស់ទីវាឲ្យកាន់តែជិតកំពូលនៃដ្រាយ</translation>
    </message>
    <message>
      <source>an old Word document (.doc): open it in Word or LibreOffice and save it as .docx, then import that</source>
      <translation>ឯកសារ Word ចាស់ (.doc) ៖ សូមបើកវាក្នុង Word ឬ LibreOffice ហើយរក្សាទុកជា .docx រួចនាំចូលឯកសារនោះ</translation>
    </message>
    <message>
      <source>binary file, not text</source>
      <translation>ឯកសារគោលពីរ មិនមែនអត្ថបទ</translation>
    </message>
    <message>
      <source>cannot be read ({reason})</source>
      <translation>មិនអាចអានបាន ({reason})</translation>
    </message>
    <message>
      <source>damaged UTF-16 text</source>
      <translation>អត្ថបទ UTF-16 ខូច</translation>
    </message>
    <message>
      <source>damaged UTF-8 text (some bytes are not valid UTF-8)</source>
      <translation>អត្ថបទ UTF-8 ខូច (បៃខ្លះមិនមែនជា UTF-8 ត្រឹមត្រូវ)</translation>
    </message>
    <message>
      <source>damaged file (it has no {part} inside)</source>
      <translation>ឯកសារខូច (គ្មាន {part} នៅខាងក្នុង)</translation>
    </message>
    <message>
      <source>damaged file (not a valid {format} file)</source>
      <translation>ឯកសារខូច (មិនមែនជាឯកសារ {format} ត្រឹមត្រូវ)</translation>
    </message>
    <message>
      <source>damaged file ({part} inside it is not valid XML)</source>
      <translation>ឯកសារខូច ({part} នៅខាងក្នុងមិនមែនជា XML ត្រឹមត្រូវ)</translation>
    </message>
    <message>
      <source>empty file</source>
      <translation>ឯកសារទទេ</translation>
    </message>
    <message>
      <source>every page</source>
      <translation>គ្រប់ទំព័រ</translation>
    </message>
    <message>
      <source>files without an extension</source>
      <translation>ឯកសារដែលគ្មានកន្ទុយឈ្មោះ</translation>
    </message>
    <message>
      <source>no readable text</source>
      <translation>គ្មានអត្ថបទដែលអាចអានបាន</translation>
    </message>
    <message>
      <source>no such file or folder</source>
      <translation>គ្មានឯកសារ ឬថតនេះទេ</translation>
    </message>
    <message>
      <source>not UTF-8, and not recognisable as Latin-1 text</source>
      <translation>មិនមែន UTF-8 ហើយក៏មិនអាចស្គាល់ថាជាអត្ថបទ Latin-1 ដែរ</translation>
    </message>
    <message>
      <source>not a regular file (a device, a pipe or a socket)</source>
      <translation>មិនមែនជាឯកសារធម្មតាទេ (ជាឧបករណ៍ បំពង់ ឬរន្ធ)</translation>
    </message>
    <message>
      <source>page {pages}</source>
      <translation>ទំព័រ {pages}</translation>
    </message>
    <message>
      <source>page {pages} could not be read (it is damaged): it was left empty</source>
      <translation>មិនអាចអានទំព័រ {pages} បានទេ (ទំព័រនេះខូច) ៖ ទំព័រនេះត្រូវបានទុកទទេ</translation>
    </message>
    <message>
      <source>page {pages} has no text (a scanned image): it is not searchable</source>
      <translation>ទំព័រ {pages} គ្មានអត្ថបទទេ (រូបភាពស្កេន) ៖ មិនអាចស្វែងរកក្នុងទំព័រនេះបានទេ</translation>
    </message>
    <message>
      <source>page {page} holds too much text ({count} characters; the limit is {limit})</source>
      <translation>ទំព័រ {page} មានអត្ថបទច្រើនពេក ({count} តួអក្សរ; កម្រិតកំណត់គឺ {limit})</translation>
    </message>
    <message>
      <source>pages {pages}</source>
      <translation>ទំព័រ {pages}</translation>
    </message>
    <message>
      <source>pages {pages} could not be read (they are damaged): they were left empty</source>
      <translation>មិនអាចអានទំព័រ {pages} បានទេ (ទំព័រទាំងនេះខូច) ៖ ទំព័រទាំងនេះត្រូវបានទុកទទេ</translation>
    </message>
    <message>
      <source>pages {pages} have no text (scanned images): they are not searchable</source>
      <translation>ទំព័រ {pages} គ្មានអត្ថបទទេ (រូបភាពស្កេន) ៖ មិនអាចស្វែងរកក្នុងទំព័រទាំងនេះបានទេ</translation>
    </message>
    <message>
      <source>reading stopped</source>
      <translation>ការអានត្រូវបានបញ្ឈប់</translation>
    </message>
    <message>
      <source>refused as a likely zip bomb (a part inside unpacks to more than {ratio} times its size)</source>
      <translation>បានបដិសេធ ព្រោះទំនងជាគ្រាប់បែក ZIP (zip bomb) (ផ្នែកមួយនៅខាងក្នុងពន្លាទៅធំជាងទំហំរបស់វាលើសពី {ratio} ដង)</translation>
    </message>
    <message>
      <source>refused: a part inside the file declares XML entities, which can be used to exhaust memory</source>
      <translation>បានបដិសេធ ៖ ផ្នែកមួយនៅក្នុងឯកសារប្រកាស XML entity ដែលអាចត្រូវបានប្រើដើម្បីធ្វើឲ្យអស់អង្គចងចាំ</translation>
    </message>
    <message>
      <source>refused: a part inside the file is nested too deeply (more than {limit} levels)</source>
      <translation>បានបដិសេធ ៖ ផ្នែកមួយនៅក្នុងឯកសារមានធាតុដាក់ក្នុងគ្នាជ្រៅពេក (លើសពី {limit} ជាន់)</translation>
    </message>
    <message>
      <source>some text of this PDF cannot be read (its fonts do not say which letters they draw): that text will not be found by search</source>
      <translation>អត្ថបទខ្លះនៃ PDF នេះមិនអាចអានបានទេ (ពុម្ពអក្សររបស់វាមិនបញ្ជាក់ថាវាគូរតួអក្សរណាខ្លះទេ) ៖ ការស្វែងរកនឹងរកអត្ថបទនោះមិនឃើញទេ</translation>
    </message>
    <message>
      <source>the Khmer text on {where} is garbled (its font maps letters wrongly, as old Khmer fonts such as Limon do): it was imported, but it will not be found by search and may read wrongly</source>
      <translation>អត្ថបទខ្មែរនៅលើ{where} ខូចទ្រង់ទ្រាយ (ពុម្ពអក្សររបស់វាផ្គូផ្គងតួអក្សរខុស ដូចពុម្ពអក្សរខ្មែរចាស់ៗ ឧទាហរណ៍ Limon) ៖ វាត្រូវបាននាំចូលហើយ ប៉ុន្តែការស្វែងរកនឹងរកវាមិនឃើញទេ ហើយវាអាចអានខុស</translation>
    </message>
    <message>
      <source>the date the document states in its first lines</source>
      <translation>កាលបរិច្ឆេទដែលឯកសារនេះបញ្ជាក់នៅក្នុងបន្ទាត់ដំបូងៗរបស់វា</translation>
    </message>
    <message>
      <source>the parts inside the file are too large unpacked (the limit is {limit} MB in all)</source>
      <translation>ផ្នែកនានានៅក្នុងឯកសារធំពេកពេលពន្លា (កម្រិតកំណត់សរុបគឺ {limit} MB)</translation>
    </message>
    <message>
      <source>the reader stopped unexpectedly (exit code {code}): the file may be damaged</source>
      <translation>កម្មវិធីអានបានឈប់ដោយមិននឹកស្មានដល់ (កូដចេញ {code}) ៖ ឯកសារនេះប្រហែលជាខូច</translation>
    </message>
    <message>
      <source>the text of {where} was read by OCR from scanned images: it may contain errors</source>
      <translation>អត្ថបទនៃ{where} ត្រូវបានអានដោយ OCR ពីរូបភាពស្កេន ៖ វាអាចមានកំហុស</translation>
    </message>
    <message>
      <source>this EPUB is protected by DRM (its chapters are encrypted) and cannot be read</source>
      <translation>EPUB នេះត្រូវបានការពារដោយ DRM (ជំពូករបស់វាបានអ៊ីនគ្រីប) ហើយមិនអាចអានបានទេ</translation>
    </message>
    <message>
      <source>this OpenDocument file is password-protected: open it in LibreOffice, remove the password, save it and import that copy</source>
      <translation>ឯកសារ OpenDocument នេះត្រូវបានការពារដោយពាក្យសម្ងាត់ ៖ សូមបើកវាក្នុង LibreOffice ដកពាក្យសម្ងាត់ចេញ រក្សាទុក ហើយនាំចូលច្បាប់ចម្លងនោះ</translation>
    </message>
    <message>
      <source>this PDF has no pages</source>
      <translation>PDF នេះគ្មានទំព័រទេ</translation>
    </message>
    <message>
      <source>this PDF has no text (scanned images): it is not searchable</source>
      <translation>PDF នេះគ្មានអត្ថបទទេ (រូបភាពស្កេន) ៖ មិនអាចស្វែងរកក្នុងវាបានទេ</translation>
    </message>
    <message>
      <source>this PDF has {pages} pages; the limit is {limit}</source>
      <translation>PDF នេះមាន {pages} ទំព័រ; កម្រិតកំណត់គឺ {limit} ទំព័រ</translation>
    </message>
    <message>
      <source>this PDF is encrypted in a way that cannot be read</source>
      <translation>PDF នេះបានអ៊ីនគ្រីបតាមរបៀបដែលមិនអាចអានបាន</translation>
    </message>
    <message>
      <source>this PDF is password-protected</source>
      <translation>PDF នេះត្រូវបានការពារដោយពាក្យសម្ងាត់</translation>
    </message>
    <message>
      <source>this Word document is password-protected: open it in Word, remove the password, save it and import that copy</source>
      <translation>ឯកសារ Word នេះត្រូវបានការពារដោយពាក្យសម្ងាត់ ៖ សូមបើកវាក្នុង Word ដកពាក្យសម្ងាត់ចេញ រក្សាទុក ហើយនាំចូលច្បាប់ចម្លងនោះ</translation>
    </message>
    <message>
      <source>this file is damaged or is not a PDF</source>
      <translation>ឯកសារនេះខូច ឬមិនមែនជា PDF ទេ</translation>
    </message>
    <message>
      <source>too large (the limit is {limit} MB)</source>
      <translation>ធំពេក (កម្រិតកំណត់គឺ {limit} MB)</translation>
    </message>
    <message>
      <source>too large ({size} MB; the limit is 50 MB)</source>
      <translation>ធំពេក ({size} MB; កម្រិតកំណត់គឺ ៥០ MB)</translation>
    </message>
    <message>
      <source>too large to read in memory</source>
      <translation>ធំពេក មិនអាចអានក្នុងអង្គចងចាំបានទេ</translation>
    </message>
    <message>
      <source>too many parts inside the file (the limit is {limit})</source>
      <translation>មានផ្នែកច្រើនពេកនៅក្នុងឯកសារ (កម្រិតកំណត់គឺ {limit})</translation>
    </message>
    <message>
      <source>took too long to read (more than {seconds} s): skipped</source>
      <translation>ចំណាយពេលអានយូរពេក (លើសពី {seconds} វិនាទី) ៖ បានរំលង</translation>
    </message>
    <message>
      <source>unsupported file type ({kind})</source>
      <translation>មិនគាំទ្រប្រភេទឯកសារនេះទេ ({kind})</translation>
    </message>
    <message>
      <source>unsupported file type ({kind}); use one of {formats}</source>
      <translation>មិនគាំទ្រប្រភេទឯកសារនេះទេ ({kind}); សូមប្រើប្រភេទមួយក្នុងចំណោម {formats}</translation>
    </message>
    <message>
      <source>{folder} is not a folder</source>
      <translation>{folder} មិនមែនជាថតទេ</translation>
    </message>
  </context>
  <context>
    <name>LibraryModel</name>
    <message>
      <source>Archive</source>
      <translation>ប័ណ្ណសារ</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>បាននាំចូល</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>អ្នកបោះពុម្ពផ្សាយ</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>ប្រភព</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ចំណងជើង</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>បាននាំចូល</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <source>#{tag} ({count})</source>
      <translation>#{tag} ({count})</translation>
    </message>
    <message>
      <source>Add to collection</source>
      <translation>បន្ថែមទៅបណ្ដុំ</translation>
    </message>
    <message>
      <source>All documents</source>
      <translation>ឯកសារទាំងអស់</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>ស្លាកណាក៏បាន</translation>
    </message>
    <message>
      <source>Details…</source>
      <translation>សេចក្តីលម្អិត…</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>Filter by title, author, publisher, kind…</source>
      <translation>ត្រងតាមចំណងជើង អ្នកនិពន្ធ អ្នកបោះពុម្ពផ្សាយ ប្រភេទ…</translation>
    </message>
    <message>
      <source>Filter the library</source>
      <translation>ត្រងបណ្ណាល័យ</translation>
    </message>
    <message>
      <source>New collection…</source>
      <translation>បណ្ដុំថ្មី…</translation>
    </message>
    <message>
      <source>No document matches this filter.</source>
      <translation>គ្មានឯកសារណាត្រូវនឹងតម្រងនេះទេ។</translation>
    </message>
    <message>
      <source>Only documents in collection</source>
      <translation>តែឯកសារក្នុងបណ្ដុំ</translation>
    </message>
    <message>
      <source>Only documents with tag</source>
      <translation>តែឯកសារដែលមានស្លាក</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
      <source>Take out of “{name}”</source>
      <translation>ដកចេញពី «{name}»</translation>
    </message>
    <message>
      <source>{name} ({count})</source>
      <translation>{name} ({count})</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>Ekasar is hidden</source>
      <translation>Ekasar ត្រូវបានលាក់</translation>
    </message>
    <message>
      <source>Ekasar is locked</source>
      <translation>Ekasar បានចាក់សោ</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>បានលាក់</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>បានចាក់សោ</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>បង្ហាញ</translation>
    </message>
    <message>
      <source>Show Ekasar</source>
      <translation>បង្ហាញ Ekasar</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>ដោះសោ</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>កំពុងដោះសោ…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>About {app}</source>
      <translation>អំពី {app}</translation>
    </message>
    <message numerus="yes">
      <source>Archive: {count} documents in English and Khmer</source>
      <translation>
        <numerusform>ប័ណ្ណសារ ៖ ឯកសារ {count} ជាភាសាអង់គ្លេស និងខ្មែរ</numerusform>
        <numerusform>ប័ណ្ណសារ ៖ ឯកសារ {count} ជាភាសាអង់គ្លេស និងខ្មែរ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Archive: {count} documents in English and Khmer · {imported} imported</source>
      <translation>
        <numerusform>ប័ណ្ណសារ ៖ ឯកសារ {count} ជាភាសាអង់គ្លេស និងខ្មែរ · បាននាំចូល {imported}</numerusform>
        <numerusform>ប័ណ្ណសារ ៖ ឯកសារ {count} ជាភាសាអង់គ្លេស និងខ្មែរ · បាននាំចូល {imported}</numerusform>
      </translation>
    </message>
    <message>
      <source>Copied with citation</source>
      <translation>បានចម្លងជាមួយឯកសារយោង</translation>
    </message>
    <message>
      <source>Encrypt your notes to be able to lock them (File → Security…)</source>
      <translation>សូមអ៊ីនគ្រីបចំណាំរបស់អ្នក ដើម្បីអាចចាក់សោវាបាន (ឯកសារ → សុវត្ថិភាព…)</translation>
    </message>
    <message>
      <source>Hide every window ({keys})</source>
      <translation>លាក់បង្អួចទាំងអស់ ({keys})</translation>
    </message>
    <message>
      <source>Hide every window and lock ({keys})</source>
      <translation>លាក់បង្អួចទាំងអស់ ហើយចាក់សោ ({keys})</translation>
    </message>
    <message>
      <source>How far through the document the reader is</source>
      <translation>កន្លែងដែលអ្នកកំពុងអាន គិតជាភាគរយនៃឯកសារ</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>បណ្ណាល័យ</translation>
    </message>
    <message>
      <source>Library panel</source>
      <translation>បន្ទះបណ្ណាល័យ</translation>
    </message>
    <message>
      <source>Lock the notes; your passphrase opens them again</source>
      <translation>ចាក់សោចំណាំ ៖ ឃ្លាសម្ងាត់របស់អ្នកបើកវាវិញ</translation>
    </message>
    <message>
      <source>No document {id}</source>
      <translation>គ្មានឯកសារ {id} ទេ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ចំណាំ</translation>
    </message>
    <message>
      <source>Notes panel</source>
      <translation>បន្ទះចំណាំ</translation>
    </message>
    <message>
      <source>People</source>
      <translation>មនុស្ស</translation>
    </message>
    <message>
      <source>People panel</source>
      <translation>បន្ទះមនុស្ស</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>ស្វែងរក</translation>
    </message>
    <message>
      <source>Search panel</source>
      <translation>បន្ទះស្វែងរក</translation>
    </message>
    <message>
      <source>Select a passage in the reader first</source>
      <translation>សូមជ្រើសអត្ថបទដកស្រង់មួយក្នុងផ្ទាំងអានជាមុនសិន</translation>
    </message>
    <message>
      <source>Select the passage the event is based on, in the reading text</source>
      <translation>សូមជ្រើសអត្ថបទដកស្រង់ដែលព្រឹត្តិការណ៍នេះផ្អែកលើ នៅក្នុងអត្ថបទដែលកំពុងអាន</translation>
    </message>
    <message>
      <source>Text size {percent}%</source>
      <translation>ទំហំអក្សរ {percent}%</translation>
    </message>
    <message>
      <source>Text size; click for the actual size (Ctrl+0). Larger: Ctrl++, smaller: Ctrl+-</source>
      <translation>ទំហំអក្សរ ៖ ចុចដើម្បីបានទំហំពិត (Ctrl+0)។ ធំជាង ៖ Ctrl++ តូចជាង ៖ Ctrl+-</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>បន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>Timeline panel</source>
      <translation>បន្ទះបន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>What the archive holds</source>
      <translation>អ្វីដែលមានក្នុងប័ណ្ណសារ</translation>
    </message>
    <message>
      <source>{percent}%</source>
      <translation>{percent}%</translation>
    </message>
    <message>
      <source>{percent}% through</source>
      <translation>អានបាន {percent}%</translation>
    </message>
  </context>
  <context>
    <name>MarginMarks</name>
    <message>
      <source>A highlight without a note — click to write one</source>
      <translation>ការគូសពណ៌គ្មានចំណាំ — ចុចដើម្បីសរសេរចំណាំមួយ។</translation>
    </message>
    <message>
      <source>Highlights in the margin</source>
      <translation>ការគូសពណ៌នៅរឹមទំព័រ</translation>
    </message>
    <message>
      <source>Note: {note} — click to open it</source>
      <translation>ចំណាំ ៖ {note} — ចុចដើម្បីបើកវា។</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;About Ekasar</source>
      <translation>អំពី Ekasar</translation>
    </message>
    <message>
      <source>&amp;Actual size</source>
      <translation>ទំហំពិត</translation>
    </message>
    <message>
      <source>&amp;Contents…</source>
      <translation>មាតិកា…</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>ចម្លង</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>ងងឹត</translation>
    </message>
    <message>
      <source>&amp;Delete highlight</source>
      <translation>លុបការគូសពណ៌</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>កែសម្រួល</translation>
    </message>
    <message>
      <source>&amp;Export notes…</source>
      <translation>នាំចេញចំណាំ…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>&amp;Find in document…</source>
      <translation>រកក្នុងឯកសារ…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ជំនួយ</translation>
    </message>
    <message>
      <source>&amp;Highlight selection</source>
      <translation>គូសពណ៌លើអត្ថបទដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>&amp;Import documents…</source>
      <translation>នាំចូលឯកសារ…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>ផ្លូវកាត់ក្តារចុច</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>&amp;Library</source>
      <translation>បណ្ណាល័យ</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>ភ្លឺ</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>ចាក់សោ</translation>
    </message>
    <message>
      <source>&amp;New collection…</source>
      <translation>បណ្ដុំថ្មី…</translation>
    </message>
    <message>
      <source>&amp;Normal</source>
      <translation>ធម្មតា</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>ចាកចេញ</translation>
    </message>
    <message>
      <source>&amp;Redo note change</source>
      <translation>ធ្វើវិញ ការកែប្រែចំណាំ</translation>
    </message>
    <message>
      <source>&amp;Relaxed</source>
      <translation>ធូរ</translation>
    </message>
    <message>
      <source>&amp;Remove document</source>
      <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
      <source>&amp;Search all documents</source>
      <translation>ស្វែងរកក្នុងឯកសារទាំងអស់</translation>
    </message>
    <message>
      <source>&amp;Sepia</source>
      <translation>ពណ៌ក្រដាសចាស់</translation>
    </message>
    <message>
      <source>&amp;Underline people and organizations</source>
      <translation>គូសបន្ទាត់ក្រោមមនុស្ស និងអង្គការ</translation>
    </message>
    <message>
      <source>&amp;Undo note change</source>
      <translation>មិនធ្វើវិញ ការកែប្រែចំណាំ</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>ទិដ្ឋភាព</translation>
    </message>
    <message>
      <source>&amp;Wide</source>
      <translation>ទូលាយ</translation>
    </message>
    <message>
      <source>Add a note to this &amp;document…</source>
      <translation>បន្ថែមចំណាំទៅឯកសារនេះ…</translation>
    </message>
    <message>
      <source>Add or edit a &amp;note…</source>
      <translation>បន្ថែម ឬកែសម្រួលចំណាំ…</translation>
    </message>
    <message>
      <source>Add timeline &amp;event from selection…</source>
      <translation>បន្ថែមព្រឹត្តិការណ៍ទៅបន្ទាត់ពេលវេលាពីអត្ថបទដែលបានជ្រើស…</translation>
    </message>
    <message>
      <source>Annotate</source>
      <translation>កត់ចំណាំ</translation>
    </message>
    <message>
      <source>Arabic digits (0–9) in Khmer</source>
      <translation>លេខអារ៉ាប់ (0–9) ក្នុងភាសាខ្មែរ</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>ខៀវ</translation>
    </message>
    <message>
      <source>Copy with c&amp;itation</source>
      <translation>ចម្លងជាមួយឯកសារយោង</translation>
    </message>
    <message>
      <source>De&amp;lete collection…</source>
      <translation>លុបបណ្ដុំ…</translation>
    </message>
    <message>
      <source>Document &amp;details…</source>
      <translation>សេចក្តីលម្អិតឯកសារ…</translation>
    </message>
    <message>
      <source>Find &amp;next</source>
      <translation>រកបន្ទាប់</translation>
    </message>
    <message>
      <source>Find p&amp;revious</source>
      <translation>រកមុន</translation>
    </message>
    <message>
      <source>Go to &amp;library</source>
      <translation>ទៅបណ្ណាល័យ</translation>
    </message>
    <message>
      <source>Go to &amp;notes</source>
      <translation>ទៅចំណាំ</translation>
    </message>
    <message>
      <source>Go to &amp;people and organizations</source>
      <translation>ទៅមនុស្ស និងអង្គការ</translation>
    </message>
    <message>
      <source>Go to &amp;reader</source>
      <translation>ទៅផ្ទាំងអាន</translation>
    </message>
    <message>
      <source>Go to the &amp;timeline</source>
      <translation>ទៅបន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>បៃតង</translation>
    </message>
    <message>
      <source>Highlight</source>
      <translation>គូសពណ៌</translation>
    </message>
    <message>
      <source>Highlight the selection in blue ({keys})</source>
      <translation>គូសពណ៌ខៀវលើអត្ថបទដែលបានជ្រើស ({keys})</translation>
    </message>
    <message>
      <source>Highlight the selection in green ({keys})</source>
      <translation>គូសពណ៌បៃតងលើអត្ថបទដែលបានជ្រើស ({keys})</translation>
    </message>
    <message>
      <source>Highlight the selection in pink ({keys})</source>
      <translation>គូសពណ៌ផ្កាឈូកលើអត្ថបទដែលបានជ្រើស ({keys})</translation>
    </message>
    <message>
      <source>Highlight the selection in purple ({keys})</source>
      <translation>គូសពណ៌ស្វាយលើអត្ថបទដែលបានជ្រើស ({keys})</translation>
    </message>
    <message>
      <source>Highlight the selection in yellow ({keys})</source>
      <translation>គូសពណ៌លឿងលើអត្ថបទដែលបានជ្រើស ({keys})</translation>
    </message>
    <message>
      <source>Import &amp;notes from a colleague…</source>
      <translation>នាំចូលចំណាំពីសហការី…</translation>
    </message>
    <message>
      <source>Library panel</source>
      <translation>បន្ទះបណ្ណាល័យ</translation>
    </message>
    <message>
      <source>Line &amp;spacing</source>
      <translation>គម្លាតបន្ទាត់</translation>
    </message>
    <message>
      <source>Notes panel</source>
      <translation>បន្ទះចំណាំ</translation>
    </message>
    <message>
      <source>People panel</source>
      <translation>បន្ទះមនុស្ស</translation>
    </message>
    <message>
      <source>Pink</source>
      <translation>ផ្កាឈូក</translation>
    </message>
    <message>
      <source>Purple</source>
      <translation>ស្វាយ</translation>
    </message>
    <message>
      <source>Quick &amp;hide</source>
      <translation>លាក់រហ័ស</translation>
    </message>
    <message>
      <source>Reading t&amp;heme</source>
      <translation>រចនាប័ទ្មការអាន</translation>
    </message>
    <message>
      <source>Rena&amp;me collection…</source>
      <translation>ប្ដូរឈ្មោះបណ្ដុំ…</translation>
    </message>
    <message>
      <source>Reset the &amp;layout</source>
      <translation>កំណត់ប្លង់ឡើងវិញ</translation>
    </message>
    <message>
      <source>Search panel</source>
      <translation>បន្ទះស្វែងរក</translation>
    </message>
    <message>
      <source>Securit&amp;y…</source>
      <translation>សុវត្ថិភាព…</translation>
    </message>
    <message>
      <source>Show &amp;original</source>
      <translation>បង្ហាញច្បាប់ដើម</translation>
    </message>
    <message>
      <source>Timeline panel</source>
      <translation>បន្ទះបន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>Undo last &amp;people curation</source>
      <translation>មិនធ្វើវិញ ការត្រួតពិនិត្យមនុស្សចុងក្រោយ</translation>
    </message>
    <message>
      <source>Undo last &amp;timeline change</source>
      <translation>មិនធ្វើវិញ ការកែប្រែបន្ទាត់ពេលវេលាចុងក្រោយ</translation>
    </message>
    <message>
      <source>Undo re&amp;move document</source>
      <translation>មិនធ្វើការដកឯកសារចេញវិញ</translation>
    </message>
    <message>
      <source>User &amp;guide in Khmer…</source>
      <translation>សៀវភៅណែនាំជាភាសាខ្មែរ…</translation>
    </message>
    <message>
      <source>Yellow</source>
      <translation>លឿង</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>ពង្រីក</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>ពង្រួម</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <source>Colour</source>
      <translation>ពណ៌</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ចំណាំ</translation>
    </message>
    <message>
      <source>Note (Markdown)</source>
      <translation>ចំណាំ (Markdown)</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>ស្លាក</translation>
    </message>
    <message>
      <source>Tags, separated by commas</source>
      <translation>ស្លាក បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
      <source>What this passage means, who said it, what to check…</source>
      <translation>អត្ថបទដកស្រង់នេះមានន័យអ្វី អ្នកណាជាអ្នកនិយាយ អ្វីដែលត្រូវពិនិត្យ…</translation>
    </message>
    <message>
      <source>tags, separated by commas</source>
      <translation>ស្លាក បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
  </context>
  <context>
    <name>Notebook</name>
    <message>
      <source>An interrupted “Delete my notes” was completed.</source>
      <translation>ការ “លុបចំណាំរបស់ខ្ញុំ” ដែលត្រូវបានរំខាន ត្រូវបានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
      <source>Ekasar is already open on this notebook (another window or command): close it first, then try again</source>
      <translation>Ekasar កំពុងបើកសៀវភៅកត់ត្រានេះរួចហើយ (នៅបង្អួច ឬពាក្យបញ្ជាផ្សេងទៀត) ៖ សូមបិទវាជាមុនសិន រួចព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
      <source>Encrypting the notebook was interrupted and has been completed.</source>
      <translation>ការអ៊ីនគ្រីបសៀវភៅកត់ត្រាត្រូវបានរំខាន ហើយឥឡូវនេះត្រូវបានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
      <source>key-derivation parameters out of bounds</source>
      <translation>ប៉ារ៉ាម៉ែត្រនៃការបង្កើតកូនសោនៅក្រៅដែនកំណត់</translation>
    </message>
    <message>
      <source>not Argon2id version 1.3</source>
      <translation>មិនមែន Argon2id កំណែ 1.3 ទេ</translation>
    </message>
    <message>
      <source>the key record holds a key of the wrong size</source>
      <translation>កំណត់ត្រាកូនសោមានកូនសោដែលមានទំហំខុស</translation>
    </message>
    <message>
      <source>the key record is damaged (its checksum does not match)</source>
      <translation>កំណត់ត្រាកូនសោខូច (ផលបូកត្រួតពិនិត្យរបស់វាមិនត្រូវគ្នា)</translation>
    </message>
    <message>
      <source>the key record is damaged (its wrapped key is unreadable)</source>
      <translation>កំណត់ត្រាកូនសោខូច (មិនអាចអានកូនសោដែលបានរុំរបស់វាបាន)</translation>
    </message>
    <message>
      <source>the key record is damaged (unreadable)</source>
      <translation>កំណត់ត្រាកូនសោខូច (មិនអាចអានបាន)</translation>
    </message>
    <message>
      <source>the key record is damaged ({error})</source>
      <translation>កំណត់ត្រាកូនសោខូច ({error})</translation>
    </message>
    <message>
      <source>the key record is too large to be one</source>
      <translation>កំណត់ត្រាកូនសោនេះធំពេក មិនអាចជាកំណត់ត្រាកូនសោពិតប្រាកដបានទេ</translation>
    </message>
    <message>
      <source>the key-derivation parameters ask for more work than Ekasar ever uses ({memory} MiB × {passes} passes)</source>
      <translation>ប៉ារ៉ាម៉ែត្រនៃការបង្កើតកូនសោ ទាមទារការងារច្រើនជាងអ្វីដែល Ekasar ធ្លាប់ប្រើ ({memory} MiB × {passes} ជុំ)</translation>
    </message>
    <message>
      <source>the notebook is already encrypted</source>
      <translation>សៀវភៅកត់ត្រាបានអ៊ីនគ្រីបរួចហើយ</translation>
    </message>
    <message>
      <source>the notebook is locked</source>
      <translation>សៀវភៅកត់ត្រាបានចាក់សោ</translation>
    </message>
    <message numerus="yes">
      <source>the notes were deleted after {count} wrong passphrases, as this notebook was set to do</source>
      <translation>
        <numerusform>ចំណាំត្រូវបានលុប បន្ទាប់ពីបញ្ចូលឃ្លាសម្ងាត់ខុស {count} ដង ដូចដែលសៀវភៅកត់ត្រានេះត្រូវបានកំណត់</numerusform>
        <numerusform>ចំណាំត្រូវបានលុប បន្ទាប់ពីបញ្ចូលឃ្លាសម្ងាត់ខុស {count} ដង ដូចដែលសៀវភៅកត់ត្រានេះត្រូវបានកំណត់</numerusform>
      </translation>
    </message>
    <message>
      <source>the passphrase is being changed by another Ekasar window or command: try again when it is done</source>
      <translation>ឃ្លាសម្ងាត់កំពុងត្រូវបានប្ដូរដោយបង្អួច ឬពាក្យបញ្ជា Ekasar ផ្សេងទៀត ៖ សូមព្យាយាមម្ដងទៀតនៅពេលវារួចរាល់</translation>
    </message>
    <message>
      <source>the passphrase is not right</source>
      <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
      <source>the sealed file is cut short</source>
      <translation>ឯកសារដែលបានបិទត្រាមិនពេញលេញ (ត្រូវបានកាត់ខ្លី)</translation>
    </message>
    <message>
      <source>the sealed file is damaged or was changed</source>
      <translation>ឯកសារដែលបានបិទត្រាខូច ឬត្រូវបានកែប្រែ</translation>
    </message>
    <message>
      <source>this is not a sealed Ekasar file</source>
      <translation>នេះមិនមែនជាឯកសារ Ekasar ដែលបានបិទត្រាទេ</translation>
    </message>
    <message>
      <source>this is not a {kind} record of a version Ekasar knows</source>
      <translation>នេះមិនមែនជាកំណត់ត្រា {kind} នៃកំណែដែល Ekasar ស្គាល់ទេ</translation>
    </message>
    <message>
      <source>unreadable key-derivation parameters ({error})</source>
      <translation>មិនអាចអានប៉ារ៉ាម៉ែត្រនៃការបង្កើតកូនសោបាន ({error})</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message numerus="yes">
      <source>Needs review ({count}): the passage was not found after an update</source>
      <translation>
        <numerusform>ត្រូវពិនិត្យឡើងវិញ ({count}) ៖ រកមិនឃើញអត្ថបទដកស្រង់ក្រោយការធ្វើបច្ចុប្បន្នភាព</numerusform>
        <numerusform>ត្រូវពិនិត្យឡើងវិញ ({count}) ៖ រកមិនឃើញអត្ថបទដកស្រង់ក្រោយការធ្វើបច្ចុប្បន្នភាព</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <source>Any colour</source>
      <translation>ពណ៌ណាក៏បាន</translation>
    </message>
    <message>
      <source>Any document</source>
      <translation>ឯកសារណាក៏បាន</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>ស្លាកណាក៏បាន</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>អ្នកណាក៏បាន</translation>
    </message>
    <message>
      <source>By colour</source>
      <translation>តាមពណ៌</translation>
    </message>
    <message>
      <source>By document</source>
      <translation>តាមឯកសារ</translation>
    </message>
    <message>
      <source>Keep as a note on the document</source>
      <translation>ទុកជាចំណាំលើឯកសារ</translation>
    </message>
    <message>
      <source>Keep the note on its document, without a passage</source>
      <translation>ទុកចំណាំនៅលើឯកសាររបស់វា ដោយគ្មានអត្ថបទដកស្រង់</translation>
    </message>
    <message>
      <source>Newest first</source>
      <translation>ថ្មីបំផុតមុន</translation>
    </message>
    <message>
      <source>No notes yet. Select a passage in the reader and highlight it (Ctrl+Alt+1 … 5) or add a note (Ctrl+Alt+N).</source>
      <translation>មិនទាន់មានចំណាំនៅឡើយទេ។ សូមជ្រើសអត្ថបទដកស្រង់មួយក្នុងផ្ទាំងអាន ហើយគូសពណ៌វា (Ctrl+Alt+1 … 5) ឬបន្ថែមចំណាំ (Ctrl+Alt+N)។</translation>
    </message>
    <message>
      <source>Note on a timeline event ({event})</source>
      <translation>ចំណាំលើព្រឹត្តិការណ៍ក្នុងបន្ទាត់ពេលវេលា ({event})</translation>
    </message>
    <message>
      <source>Note on the whole document</source>
      <translation>ចំណាំលើឯកសារទាំងមូល</translation>
    </message>
    <message>
      <source>Note on the whole document (was: “{quote}”)</source>
      <translation>ចំណាំលើឯកសារទាំងមូល (ពីមុន ៖ “{quote}”)</translation>
    </message>
    <message>
      <source>Note on {name}</source>
      <translation>ចំណាំអំពី {name}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ចំណាំ</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>ចាស់បំផុតមុន</translation>
    </message>
    <message>
      <source>Only notes mentioning</source>
      <translation>តែចំណាំដែលលើកឡើងពី</translation>
    </message>
    <message>
      <source>Only notes of colour</source>
      <translation>តែចំណាំដែលមានពណ៌</translation>
    </message>
    <message>
      <source>Only notes on document</source>
      <translation>តែចំណាំលើឯកសារ</translation>
    </message>
    <message>
      <source>Only notes with tag</source>
      <translation>តែចំណាំដែលមានស្លាក</translation>
    </message>
    <message>
      <source>Print or save the notes listed</source>
      <translation>បោះពុម្ព ឬរក្សាទុកចំណាំដែលបានបង្ហាញ</translation>
    </message>
    <message>
      <source>Print the notes listed here, or save them as a PDF</source>
      <translation>បោះពុម្ពចំណាំដែលបង្ហាញនៅទីនេះ ឬរក្សាទុកពួកវាជា PDF</translation>
    </message>
    <message>
      <source>Print these notes…</source>
      <translation>បោះពុម្ពចំណាំទាំងនេះ…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>បោះពុម្ព…</translation>
    </message>
    <message>
      <source>Re-attach the note to the passage selected in the reader</source>
      <translation>ភ្ជាប់ចំណាំឡើងវិញទៅនឹងអត្ថបទដកស្រង់ដែលបានជ្រើសក្នុងផ្ទាំងអាន</translation>
    </message>
    <message>
      <source>Re-attach to the selected passage</source>
      <translation>ភ្ជាប់ឡើងវិញទៅអត្ថបទដកស្រង់ដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>Save these notes as PDF…</source>
      <translation>រក្សាទុកចំណាំទាំងនេះជា PDF…</translation>
    </message>
    <message>
      <source>Search notes</source>
      <translation>ស្វែងរកចំណាំ</translation>
    </message>
    <message>
      <source>Search your notes…</source>
      <translation>ស្វែងរកចំណាំរបស់អ្នក…</translation>
    </message>
    <message>
      <source>Sort notes</source>
      <translation>តម្រៀបចំណាំ</translation>
    </message>
    <message>
      <source>blue</source>
      <translation>ខៀវ</translation>
    </message>
    <message>
      <source>green</source>
      <translation>បៃតង</translation>
    </message>
    <message>
      <source>pink</source>
      <translation>ផ្កាឈូក</translation>
    </message>
    <message>
      <source>purple</source>
      <translation>ស្វាយ</translation>
    </message>
    <message>
      <source>yellow</source>
      <translation>លឿង</translation>
    </message>
    <message>
      <source>{title} (removed)</source>
      <translation>{title} (បានដកចេញ)</translation>
    </message>
  </context>
  <context>
    <name>Organize</name>
    <message>
      <source>a collection needs a name</source>
      <translation>បណ្ដុំត្រូវការឈ្មោះ</translation>
    </message>
    <message>
      <source>a collection's name can be at most {limit} characters</source>
      <translation>ឈ្មោះបណ្ដុំអាចមានយ៉ាងច្រើន {limit} តួអក្សរ</translation>
    </message>
    <message>
      <source>a tag can be at most {limit} characters</source>
      <translation>ស្លាកអាចមានយ៉ាងច្រើន {limit} តួអក្សរ</translation>
    </message>
    <message>
      <source>a tag cannot be empty</source>
      <translation>ស្លាកមិនអាចទទេបានទេ</translation>
    </message>
    <message>
      <source>no collection called {name}</source>
      <translation>គ្មានបណ្ដុំឈ្មោះ {name} ទេ</translation>
    </message>
    <message>
      <source>there is already a collection called {name}</source>
      <translation>មានបណ្ដុំឈ្មោះ {name} រួចហើយ</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Again:</source>
      <translation>ម្ដងទៀត ៖</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
      <source>Current passphrase:</source>
      <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន ៖</translation>
    </message>
    <message>
      <source>Encrypt your notes</source>
      <translation>អ៊ីនគ្រីបចំណាំរបស់អ្នក</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>ឃ្លាសម្ងាត់ថ្មីម្ដងទៀត</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>ឃ្លាសម្ងាត់ថ្មី ៖</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message numerus="yes">
      <source>Use at least {count} characters.</source>
      <translation>
        <numerusform>សូមប្រើយ៉ាងហោចណាស់ {count} តួអក្សរ។</numerusform>
        <numerusform>សូមប្រើយ៉ាងហោចណាស់ {count} តួអក្សរ។</numerusform>
      </translation>
    </message>
    <message>
      <source>Your notes, highlights, imported documents and reading places will be encrypted with this passphrase. Choose one you can remember: &lt;b&gt;if it is lost, nobody can recover the notes&lt;/b&gt;, not even with Ekasar. A few unusual words are stronger than one short word.</source>
      <translation>ចំណាំ ការគូសពណ៌ ឯកសារដែលបាននាំចូល និងកន្លែងអានរបស់អ្នក នឹងត្រូវបានអ៊ីនគ្រីបដោយឃ្លាសម្ងាត់នេះ។ សូមជ្រើសឃ្លាសម្ងាត់មួយ ដែលអ្នកអាចចងចាំបាន ៖ &lt;b&gt;ប្រសិនបើវាបាត់ គ្មាននរណាអាចយកចំណាំមកវិញបានទេ&lt;/b&gt; សូម្បីតែជាមួយ Ekasar ក៏ដោយ។ ពាក្យមិនធម្មតាពីរបីពាក្យ គឺខ្លាំងជាងពាក្យខ្លីតែមួយ។</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <source>Documents</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Mentions</source>
      <translation>ការលើកឡើង</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>អង្គការ</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>បុគ្គល</translation>
    </message>
    <message>
      <source>Proposed automatically, not reviewed</source>
      <translation>បានស្នើដោយស្វ័យប្រវត្តិ មិនទាន់ត្រួតពិនិត្យ</translation>
    </message>
  </context>
  <context>
    <name>PeoplePanel</name>
    <message>
      <source>&lt;p&gt;Choose a person or organization to see what the sources say about them, where they are mentioned, and who is mentioned with them.&lt;/p&gt;&lt;p&gt;Names in &lt;i&gt;italics&lt;/i&gt; were proposed automatically from your imported documents and are not reviewed.&lt;/p&gt;</source>
      <translation>&lt;p&gt;សូមជ្រើសបុគ្គល ឬអង្គការមួយ ដើម្បីមើលអ្វីដែលប្រភពនិយាយអំពីពួកគេ កន្លែងដែលពួកគេត្រូវបានលើកឡើង និងអ្នកដែលត្រូវបានលើកឡើងជាមួយពួកគេ។&lt;/p&gt;&lt;p&gt;ឈ្មោះជា&lt;i&gt;អក្សរទ្រេត&lt;/i&gt; ត្រូវបានស្នើដោយស្វ័យប្រវត្តិ ពីឯកសារដែលអ្នកបាននាំចូល ហើយមិនទាន់ត្រួតពិនិត្យទេ។&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Add an alias</source>
      <translation>បន្ថែមទម្រង់ផ្សេងនៃឈ្មោះ</translation>
    </message>
    <message>
      <source>Add an alias…</source>
      <translation>បន្ថែមទម្រង់ផ្សេងនៃឈ្មោះ…</translation>
    </message>
    <message>
      <source>Alias:</source>
      <translation>ទម្រង់ផ្សេងនៃឈ្មោះ ៖</translation>
    </message>
    <message>
      <source>All</source>
      <translation>ទាំងអស់</translation>
    </message>
    <message>
      <source>Another way the name is written:</source>
      <translation>របៀបផ្សេងទៀតក្នុងការសរសេរឈ្មោះនេះ ៖</translation>
    </message>
    <message>
      <source>Curate the selected entry</source>
      <translation>ត្រួតពិនិត្យធាតុដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>Curate ▾</source>
      <translation>ត្រួតពិនិត្យ ▾</translation>
    </message>
    <message>
      <source>Filter people and organizations</source>
      <translation>តម្រងមនុស្ស និងអង្គការ</translation>
    </message>
    <message>
      <source>Filter people and organizations…</source>
      <translation>តម្រងមនុស្ស និងអង្គការ…</translation>
    </message>
    <message>
      <source>Mark as reviewed</source>
      <translation>សម្គាល់ថាបានត្រួតពិនិត្យ</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>បញ្ចូលគ្នា</translation>
    </message>
    <message>
      <source>Merge into…</source>
      <translation>បញ្ចូលគ្នាទៅក្នុង…</translation>
    </message>
    <message>
      <source>Merge “{name}” into:</source>
      <translation>បញ្ចូលគ្នា “{name}” ទៅក្នុង ៖</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>ឈ្មោះ ៖</translation>
    </message>
    <message>
      <source>Not a person or organization</source>
      <translation>មិនមែនជាបុគ្គល ឬអង្គការ</translation>
    </message>
    <message>
      <source>Note…</source>
      <translation>ចំណាំ…</translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>គ្មានអ្វីត្រូវមិនធ្វើវិញទេ</translation>
    </message>
    <message>
      <source>Organizations</source>
      <translation>អង្គការ</translation>
    </message>
    <message>
      <source>People</source>
      <translation>មនុស្ស</translation>
    </message>
    <message>
      <source>People and organizations</source>
      <translation>មនុស្ស និងអង្គការ</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>ប្រវត្តិរូប</translation>
    </message>
    <message>
      <source>Remove an alias</source>
      <translation>ដកទម្រង់ផ្សេងនៃឈ្មោះ</translation>
    </message>
    <message>
      <source>Remove an alias…</source>
      <translation>ដកទម្រង់ផ្សេងនៃឈ្មោះ…</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>ប្ដូរឈ្មោះ</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>ប្ដូរឈ្មោះ…</translation>
    </message>
    <message>
      <source>Show which kind</source>
      <translation>បង្ហាញប្រភេទណា</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>Undo the last curation</source>
      <translation>មិនធ្វើការត្រួតពិនិត្យចុងក្រោយវិញ</translation>
    </message>
    <message>
      <source>Undone add alias: {entity}</source>
      <translation>បានមិនធ្វើការបន្ថែមទម្រង់ផ្សេងនៃឈ្មោះវិញ ៖ {entity}</translation>
    </message>
    <message>
      <source>Undone merge: {entity}</source>
      <translation>បានមិនធ្វើការបញ្ចូលគ្នាវិញ ៖ {entity}</translation>
    </message>
    <message>
      <source>Undone reject: {entity}</source>
      <translation>បានមិនធ្វើការសម្គាល់ថាមិនមែនជាបុគ្គល ឬអង្គការវិញ ៖ {entity}</translation>
    </message>
    <message>
      <source>Undone remove alias: {entity}</source>
      <translation>បានមិនធ្វើការដកទម្រង់ផ្សេងនៃឈ្មោះវិញ ៖ {entity}</translation>
    </message>
    <message>
      <source>Undone rename: {entity}</source>
      <translation>បានមិនធ្វើការប្ដូរឈ្មោះវិញ ៖ {entity}</translation>
    </message>
    <message>
      <source>Undone reviewed: {entity}</source>
      <translation>បានមិនធ្វើការសម្គាល់ថាបានត្រួតពិនិត្យវិញ ៖ {entity}</translation>
    </message>
    <message>
      <source>Unreviewed</source>
      <translation>មិនទាន់ត្រួតពិនិត្យ</translation>
    </message>
    <message>
      <source>Write a note about the selected entry</source>
      <translation>សរសេរចំណាំអំពីធាតុដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>add alias: {entity}</source>
      <translation>បានបន្ថែមទម្រង់ផ្សេងនៃឈ្មោះ ៖ {entity}</translation>
    </message>
    <message>
      <source>merge: {entity}</source>
      <translation>បានបញ្ចូលគ្នា ៖ {entity}</translation>
    </message>
    <message>
      <source>reject: {entity}</source>
      <translation>បានសម្គាល់ថាមិនមែនជាបុគ្គល ឬអង្គការ ៖ {entity}</translation>
    </message>
    <message>
      <source>remove alias: {entity}</source>
      <translation>បានដកទម្រង់ផ្សេងនៃឈ្មោះ ៖ {entity}</translation>
    </message>
    <message>
      <source>rename: {entity}</source>
      <translation>បានប្ដូរឈ្មោះ ៖ {entity}</translation>
    </message>
    <message>
      <source>reviewed: {entity}</source>
      <translation>បានសម្គាល់ថាបានត្រួតពិនិត្យ ៖ {entity}</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>&amp;Print…</source>
      <translation>បោះពុម្ព…</translation>
    </message>
    <message>
      <source>Cite as: {citation}</source>
      <translation>ឯកសារយោង ៖ {citation}</translation>
    </message>
    <message>
      <source>Ekasar notes</source>
      <translation>ចំណាំ Ekasar</translation>
    </message>
    <message>
      <source>Note on a timeline event</source>
      <translation>ចំណាំលើព្រឹត្តិការណ៍មួយក្នុងបន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>Note on the whole document</source>
      <translation>ចំណាំលើឯកសារទាំងមូល</translation>
    </message>
    <message>
      <source>Note on {name}</source>
      <translation>ចំណាំអំពី {name}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ចំណាំ</translation>
    </message>
    <message numerus="yes">
      <source>Notes ({count})</source>
      <translation>
        <numerusform>ចំណាំ ({count})</numerusform>
        <numerusform>ចំណាំ ({count})</numerusform>
      </translation>
    </message>
    <message>
      <source>Open a document to print it</source>
      <translation>បើកឯកសារមួយ ដើម្បីបោះពុម្ពវា។</translation>
    </message>
    <message>
      <source>Open a document to save it as a PDF</source>
      <translation>បើកឯកសារមួយ ដើម្បីរក្សាទុកវាជា PDF។</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>បោះពុម្ព</translation>
    </message>
    <message>
      <source>Print no&amp;tes…</source>
      <translation>បោះពុម្ពចំណាំ…</translation>
    </message>
    <message>
      <source>Print the open document with its highlights and a citation</source>
      <translation>បោះពុម្ពឯកសារដែលកំពុងបើក ជាមួយការគូសពណ៌ និងឯកសារយោងរបស់វា</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
      <source>Save notes as PD&amp;F…</source>
      <translation>រក្សាទុកចំណាំជា PDF…</translation>
    </message>
    <message>
      <source>Save the open document as a PDF, with its highlights and a citation</source>
      <translation>រក្សាទុកឯកសារដែលកំពុងបើកជា PDF ជាមួយការគូសពណ៌ និងឯកសារយោងរបស់វា</translation>
    </message>
    <message>
      <source>Saved {name}</source>
      <translation>បានរក្សាទុក {name}</translation>
    </message>
    <message>
      <source>Sent to the printer</source>
      <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
      <source>The notes the Notes panel lists (all of them unless filtered)</source>
      <translation>ចំណាំដែលបន្ទះចំណាំបង្ហាញ (ទាំងអស់ លើកលែងតែបានត្រង)</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>មិនអាចចាប់ផ្ដើមម៉ាស៊ីនបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
      <source>There are no notes to print</source>
      <translation>គ្មានចំណាំសម្រាប់បោះពុម្ពទេ</translation>
    </message>
    <message numerus="yes">
      <source>{count} notes</source>
      <translation>
        <numerusform>ចំណាំចំនួន {count}</numerusform>
        <numerusform>ចំណាំចំនួន {count}</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} already exists. Replace it?</source>
      <translation>{name} មានរួចហើយ។ តើចង់ជំនួសវាឬទេ?</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message numerus="yes">
      <source>&lt;h3&gt;Mentioned {count} times in {documents}&lt;/h3&gt;</source>
      <translation>
        <numerusform>&lt;h3&gt;ត្រូវបានលើកឡើង {count} ដង ក្នុង {documents}&lt;/h3&gt;</numerusform>
        <numerusform>&lt;h3&gt;ត្រូវបានលើកឡើង {count} ដង ក្នុង {documents}&lt;/h3&gt;</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;h3&gt;Most often mentioned with&lt;/h3&gt;</source>
      <translation>&lt;h3&gt;ត្រូវបានលើកឡើងជាមួយញឹកញាប់ជាងគេ&lt;/h3&gt;</translation>
    </message>
    <message>
      <source>&lt;h3&gt;What the sources say&lt;/h3&gt;</source>
      <translation>&lt;h3&gt;អ្វីដែលប្រភពនិយាយ&lt;/h3&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Also written:&lt;/b&gt; {aliases}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;សរសេរផងដែរ ៖&lt;/b&gt; {aliases}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Khmer:&lt;/b&gt; {name} &lt;small&gt;({source})&lt;/small&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;ជាភាសាខ្មែរ ៖&lt;/b&gt; {name} &lt;small&gt;({source})&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Khmer:&lt;/b&gt; {name}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;ជាភាសាខ្មែរ ៖&lt;/b&gt; {name}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt; &lt;small&gt;{date} · {count}×&lt;/small&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt; &lt;small&gt;{date} · {count} ដង&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>&lt;p&gt;&lt;i&gt;and {count} more documents (see &lt;code&gt;ekasar people {id}&lt;/code&gt;)&lt;/i&gt;&lt;/p&gt;</source>
      <translation>
        <numerusform>&lt;p&gt;&lt;i&gt;និងឯកសារ {count} ទៀត (មើល &lt;code&gt;ekasar people {id}&lt;/code&gt;)&lt;/i&gt;&lt;/p&gt;</numerusform>
        <numerusform>&lt;p&gt;&lt;i&gt;និងឯកសារ {count} ទៀត (មើល &lt;code&gt;ekasar people {id}&lt;/code&gt;)&lt;/i&gt;&lt;/p&gt;</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;small&gt;Merged here: {ids}&lt;/small&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;small&gt;បានបញ្ចូលគ្នានៅទីនេះ ៖ {ids}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;{kind} · &lt;i&gt;proposed automatically, not reviewed&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;{kind} · &lt;i&gt;បានស្នើដោយស្វ័យប្រវត្តិ មិនទាន់ត្រួតពិនិត្យ&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>អង្គការ</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>បុគ្គល</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message numerus="yes">
      <source>{count} documents</source>
      <translation>
        <numerusform>{count} ឯកសារ</numerusform>
        <numerusform>{count} ឯកសារ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} &lt;small&gt;({count} documents)&lt;/small&gt;</source>
      <translation>
        <numerusform>{name} &lt;small&gt;({count} ឯកសារ)&lt;/small&gt;</numerusform>
        <numerusform>{name} &lt;small&gt;({count} ឯកសារ)&lt;/small&gt;</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReaderPanel</name>
    <message>
      <source>Choose a document in the library (Ctrl+1) or search the whole archive (Ctrl+K).

Search finds English words in any form (eviction finds evictions), exact phrases in quotes, and Khmer words anywhere in the text.</source>
      <translation>សូមជ្រើសឯកសារមួយក្នុងបណ្ណាល័យ (Ctrl+1) ឬស្វែងរកក្នុងប័ណ្ណសារទាំងមូល (Ctrl+K)។

ការស្វែងរករកឃើញពាក្យអង់គ្លេសគ្រប់ទម្រង់ (eviction រកឃើញ evictions) ឃ្លាពិតប្រាកដក្នុងសញ្ញាសម្រង់ និងពាក្យខ្មែរនៅកន្លែងណាក៏ដោយក្នុងអត្ថបទ។</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>ច្បាប់ដើម</translation>
    </message>
    <message>
      <source>Reading text</source>
      <translation>អត្ថបទអាន</translation>
    </message>
    <message>
      <source>Show the reading text</source>
      <translation>បង្ហាញអត្ថបទអាន</translation>
    </message>
    <message>
      <source>Show the verbatim original</source>
      <translation>បង្ហាញច្បាប់ដើមដូចដើមទាំងស្រុង</translation>
    </message>
    <message>
      <source>The verbatim source, removed boilerplate marked (Ctrl+U)</source>
      <translation>អត្ថបទប្រភពដូចដើមទាំងស្រុង ដោយសម្គាល់ផ្នែកបន្ថែមដែលបានដកចេញ (Ctrl+U)</translation>
    </message>
  </context>
  <context>
    <name>ReaderText</name>
    <message>
      <source>&lt;p&gt;&lt;i&gt;(no note)&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;(គ្មានចំណាំ)&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>By unknown</source>
      <translation>អ្នកនិពន្ធមិនស្គាល់</translation>
    </message>
    <message>
      <source>By {author}</source>
      <translation>ដោយ {author}</translation>
    </message>
    <message>
      <source>By {author} (inferred)</source>
      <translation>ដោយ {author} (បានសន្និដ្ឋាន)</translation>
    </message>
    <message>
      <source>Open the profile</source>
      <translation>បើកប្រវត្តិរូប</translation>
    </message>
    <message>
      <source>Removed from the reading text ({rule})</source>
      <translation>បានដកចេញពីអត្ថបទអាន ({rule})</translation>
    </message>
    <message>
      <source>Undated</source>
      <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message>
      <source>Verbatim original. Passages struck through were removed from the reading text as web boilerplate; nothing here is interpreted as markup.</source>
      <translation>ច្បាប់ដើមដូចដើមទាំងស្រុង។ អត្ថបទដកស្រង់ដែលត្រូវបានគូសឆូត ត្រូវបានដកចេញពីអត្ថបទអាន ព្រោះជាអត្ថបទបន្ថែមនៃគេហទំព័រ។ គ្មានអ្វីនៅទីនេះត្រូវបានបកស្រាយជាកូដទម្រង់ (markup) ទេ។</translation>
    </message>
    <message>
      <source>as the file's own properties state it</source>
      <translation>តាមលក្ខណៈសម្បត្តិរបស់ឯកសារនេះផ្ទាល់</translation>
    </message>
    <message>
      <source>p. {page}</source>
      <translation>ទំព័រ {page}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>មិនស្គាល់</translation>
    </message>
    <message>
      <source>{address} — links are never opened; click to copy the address</source>
      <translation>{address} — តំណមិនដែលត្រូវបានបើកទេ ចុចដើម្បីចម្លងអាសយដ្ឋាន</translation>
    </message>
    <message>
      <source>{date} (inferred)</source>
      <translation>{date} (បានសន្និដ្ឋាន)</translation>
    </message>
    <message>
      <source>{page} · OCR</source>
      <translation>{page} · អានដោយ OCR</translation>
    </message>
    <message>
      <source>{publisher} (inferred)</source>
      <translation>{publisher} (បានសន្និដ្ឋាន)</translation>
    </message>
  </context>
  <context>
    <name>ReaderView</name>
    <message>
      <source>Document text</source>
      <translation>អត្ថបទឯកសារ</translation>
    </message>
  </context>
  <context>
    <name>SearchMarks</name>
    <message>
      <source>Hit {index} of {total}</source>
      <translation>កន្លែងទី {index} នៃ {total}</translation>
    </message>
    <message>
      <source>Next search hit</source>
      <translation>កន្លែងត្រូវគ្នាបន្ទាប់</translation>
    </message>
    <message>
      <source>Previous search hit</source>
      <translation>កន្លែងត្រូវគ្នាមុន</translation>
    </message>
    <message>
      <source>Search hits</source>
      <translation>កន្លែងត្រូវគ្នានៃការស្វែងរក</translation>
    </message>
    <message>
      <source>Stop marking the search hits</source>
      <translation>ឈប់សម្គាល់កន្លែងត្រូវគ្នានៃការស្វែងរក</translation>
    </message>
    <message numerus="yes">
      <source>{count} search hits</source>
      <translation>
        <numerusform>ត្រូវគ្នា {count} កន្លែង</numerusform>
        <numerusform>ត្រូវគ្នា {count} កន្លែង</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Search every document&lt;/b&gt;, in English and Khmer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;eviction&lt;/b&gt; also finds evictions, evicted&lt;/li&gt;&lt;li&gt;&lt;b&gt;"Prey Sar"&lt;/b&gt; finds the exact phrase&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sochua -Battambang&lt;/b&gt; leaves out a word&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lowell OR Battambang&lt;/b&gt; either word&lt;/li&gt;&lt;li&gt;&lt;b&gt;evict*&lt;/b&gt; words beginning with evict&lt;/li&gt;&lt;li&gt;&lt;b&gt;ខេមរា&lt;/b&gt; Khmer words, even inside text without spaces&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Enter opens the selected result at the hit.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;ស្វែងរកក្នុងឯកសារទាំងអស់&lt;/b&gt; ជាភាសាអង់គ្លេស និងភាសាខ្មែរ។&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;eviction&lt;/b&gt; រកឃើញ evictions, evicted ផងដែរ&lt;/li&gt;&lt;li&gt;&lt;b&gt;"Prey Sar"&lt;/b&gt; រកឃើញឃ្លាពិតប្រាកដ&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sochua -Battambang&lt;/b&gt; មិនយកឯកសារដែលមានពាក្យមួយ&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lowell OR Battambang&lt;/b&gt; ពាក្យណាមួយក្នុងចំណោមពាក្យទាំងពីរ&lt;/li&gt;&lt;li&gt;&lt;b&gt;evict*&lt;/b&gt; ពាក្យដែលចាប់ផ្ដើមដោយ evict&lt;/li&gt;&lt;li&gt;&lt;b&gt;ខេមរា&lt;/b&gt; ពាក្យខ្មែរ សូម្បីតែនៅក្នុងអត្ថបទដែលគ្មានដកឃ្លា&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Enter បើកលទ្ធផលដែលបានជ្រើស ត្រង់កន្លែងដែលរកឃើញ។&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>About {count} documents match</source>
      <translation>
        <numerusform>ប្រហែល {count} ឯកសារត្រូវគ្នា</numerusform>
        <numerusform>ប្រហែល {count} ឯកសារត្រូវគ្នា</numerusform>
      </translation>
    </message>
    <message>
      <source>No document contains “{query}”.

Try fewer words, a word's beginning with *, or a Khmer word of three characters or more.</source>
      <translation>គ្មានឯកសារណាមាន “{query}” ទេ។

សូមសាកល្បងពាក្យតិចជាងនេះ ផ្នែកដើមនៃពាក្យមួយជាមួយ * ឬពាក្យខ្មែរមួយដែលមានបីតួអក្សរ ឬច្រើនជាងនេះ។</translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>គ្មានលទ្ធផលត្រូវគ្នា</translation>
    </message>
    <message>
      <source>Search all documents</source>
      <translation>ស្វែងរកក្នុងឯកសារទាំងអស់</translation>
    </message>
    <message>
      <source>Search all documents (Ctrl+K)</source>
      <translation>ស្វែងរកក្នុងឯកសារទាំងអស់ (Ctrl+K)</translation>
    </message>
    <message>
      <source>Search failed</source>
      <translation>ការស្វែងរកបានបរាជ័យ</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>លទ្ធផលស្វែងរក</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
      <source>The search could not be run: {error}</source>
      <translation>មិនអាចដំណើរការការស្វែងរកបានទេ ៖ {error}</translation>
    </message>
    <message numerus="yes">
      <source>{count} documents match</source>
      <translation>
        <numerusform>{count} ឯកសារត្រូវគ្នា</numerusform>
        <numerusform>{count} ឯកសារត្រូវគ្នា</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message numerus="yes">
      <source>and {count} more in this document</source>
      <translation>
        <numerusform>និង {count} កន្លែងទៀតក្នុងឯកសារនេះ</numerusform>
        <numerusform>និង {count} កន្លែងទៀតក្នុងឯកសារនេះ</numerusform>
      </translation>
    </message>
    <message>
      <source>paragraph {number}</source>
      <translation>កថាខណ្ឌទី {number}</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message numerus="yes">
      <source>{count} hits</source>
      <translation>
        <numerusform>ត្រូវគ្នា {count} កន្លែង</numerusform>
        <numerusform>ត្រូវគ្នា {count} កន្លែង</numerusform>
      </translation>
    </message>
    <message>
      <source>{date} · imported</source>
      <translation>{date} · បាននាំចូល</translation>
    </message>
    <message>
      <source>{date} · only inside longer words</source>
      <translation>{date} · មានតែនៅក្នុងពាក្យវែងជាង</translation>
    </message>
  </context>
  <context>
    <name>SecurityDialog</name>
    <message>
      <source> min</source>
      <translation> នាទី</translation>
    </message>
    <message>
      <source> s</source>
      <translation> វិនាទី</translation>
    </message>
    <message>
      <source>After this many wrong passphrases in a row, Ekasar deletes your notes for good. Someone who takes your computer can trigger it on purpose, and so can you, by mistyping. Keep an encrypted export somewhere safe if you turn this on.</source>
      <translation>ក្រោយការវាយឃ្លាសម្ងាត់ខុសជាប់ៗគ្នាចំនួនដងនេះ Ekasar លុបចំណាំរបស់អ្នក ដោយមិនអាចយកមកវិញបានទេ។ នរណាម្នាក់ដែលយកកុំព្យូទ័ររបស់អ្នក អាចធ្វើឲ្យវាកើតឡើងដោយចេតនា ហើយអ្នកក៏អាចធ្វើឲ្យវាកើតឡើងដែរ ដោយវាយខុស។ ប្រសិនបើអ្នកបើកមុខងារនេះ សូមរក្សាទុកការនាំចេញដែលបានអ៊ីនគ្រីបមួយ នៅកន្លែងមានសុវត្ថិភាព។</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>ប្ដូរឃ្លាសម្ងាត់…</translation>
    </message>
    <message>
      <source>Clear copied text after:</source>
      <translation>សម្អាតអត្ថបទដែលបានចម្លងក្រោយ ៖</translation>
    </message>
    <message>
      <source>Clear text copied from Ekasar after this many seconds</source>
      <translation>សម្អាតអត្ថបទដែលបានចម្លងពី Ekasar ក្រោយចំនួនវិនាទីនេះ</translation>
    </message>
    <message>
      <source>Delete my notes…</source>
      <translation>លុបចំណាំរបស់ខ្ញុំ…</translation>
    </message>
    <message>
      <source>Delete notes after wrong passphrases?</source>
      <translation>លុបចំណាំ ក្រោយការវាយឃ្លាសម្ងាត់ខុសឬ?</translation>
    </message>
    <message>
      <source>Delete the notes after this many wrong passphrases:</source>
      <translation>លុបចំណាំក្រោយការវាយឃ្លាសម្ងាត់ខុសចំនួនដងនេះ ៖</translation>
    </message>
    <message>
      <source>Encrypt my notes…</source>
      <translation>អ៊ីនគ្រីបចំណាំរបស់ខ្ញុំ…</translation>
    </message>
    <message>
      <source>Keep document titles out of the window title</source>
      <translation>កុំបង្ហាញចំណងជើងឯកសារក្នុងចំណងជើងបង្អួច</translation>
    </message>
    <message>
      <source>Lock after idle:</source>
      <translation>ចាក់សោក្រោយពេលទំនេរ ៖</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>ចាក់សោក្រោយពេលទំនេរចំនួននាទីនេះ</translation>
    </message>
    <message>
      <source>Lock when the screen locks or the computer sleeps</source>
      <translation>ចាក់សោ ពេលអេក្រង់ចាក់សោ ឬកុំព្យូទ័រដេក</translation>
    </message>
    <message>
      <source>Quick hide shortcut</source>
      <translation>ផ្លូវកាត់លាក់រហ័ស</translation>
    </message>
    <message>
      <source>Quick hide:</source>
      <translation>លាក់រហ័ស ៖</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
      <source>Show a neutral title (“{name}”) and icon in the task bar</source>
      <translation>បង្ហាញចំណងជើងអព្យាក្រឹត (“{name}”) និងរូបតំណាងអព្យាក្រឹត ក្នុងរបារភារកិច្ច</translation>
    </message>
    <message>
      <source>The task bar and screen shares show “Ekasar”, not what you are reading</source>
      <translation>របារភារកិច្ច និងការចែករំលែកអេក្រង់ បង្ហាញ “Ekasar” មិនមែនអ្វីដែលអ្នកកំពុងអាននោះទេ</translation>
    </message>
    <message>
      <source>Titles and the icon change at once; the name the task bar groups windows by changes at the next start</source>
      <translation>ចំណងជើង និងរូបតំណាងប្ដូរភ្លាម ៖ ឈ្មោះដែលរបារភារកិច្ចប្រើដើម្បីដាក់បង្អួចជាក្រុម ប្ដូរនៅពេលបើកលើកក្រោយ</translation>
    </message>
    <message>
      <source>Wrong passphrases before the notes are deleted</source>
      <translation>ចំនួនដងនៃការវាយឃ្លាសម្ងាត់ខុស មុនពេលចំណាំត្រូវបានលុប</translation>
    </message>
    <message>
      <source>Your notes are encrypted with your passphrase.</source>
      <translation>ចំណាំរបស់អ្នកត្រូវបានអ៊ីនគ្រីបដោយឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
      <source>Your notes are not encrypted: anyone with this computer or stick can read them.</source>
      <translation>ចំណាំរបស់អ្នកមិនបានអ៊ីនគ្រីបទេ ៖ នរណាក៏ដោយដែលមានកុំព្យូទ័រ ឬឧបករណ៍ USB នេះ អាចអានវាបាន។</translation>
    </message>
    <message>
      <source>never</source>
      <translation>មិនដែល</translation>
    </message>
    <message>
      <source>only when locking</source>
      <translation>តែពេលចាក់សោ</translation>
    </message>
  </context>
  <context>
    <name>SecurityPrefs</name>
    <message>
      <source>Documents</source>
      <translation>ឯកសារ</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>Ekasar cannot start.

{error}</source>
      <translation>Ekasar មិនអាចចាប់ផ្ដើមបានទេ។

{error}</translation>
    </message>
    <message>
      <source>Ekasar deleted the notes: {error}.</source>
      <translation>Ekasar បានលុបចំណាំ ៖ {error}។</translation>
    </message>
    <message>
      <source>Notes deleted</source>
      <translation>ចំណាំត្រូវបានលុប</translation>
    </message>
    <message numerus="yes">
      <source>Preparing the archive: {done} of {count} documents…</source>
      <translation>
        <numerusform>កំពុងរៀបចំប័ណ្ណសារ ៖ {done} ក្នុងចំណោម {count} ឯកសារ…</numerusform>
        <numerusform>កំពុងរៀបចំប័ណ្ណសារ ៖ {done} ក្នុងចំណោម {count} ឯកសារ…</numerusform>
      </translation>
    </message>
    <message>
      <source>Preparing the archive…</source>
      <translation>កំពុងរៀបចំប័ណ្ណសារ…</translation>
    </message>
    <message>
      <source>The language changes when the work under way has finished.</source>
      <translation>ភាសានឹងប្ដូរ នៅពេលការងារដែលកំពុងធ្វើបានបញ្ចប់។</translation>
    </message>
    <message>
      <source>The notebook could not be unlocked: {error}</source>
      <translation>មិនអាចដោះសោសៀវភៅកត់ត្រាបានទេ ៖ {error}</translation>
    </message>
    <message>
      <source>The notebook's key file is damaged: {error}.</source>
      <translation>ឯកសារកូនសោរបស់សៀវភៅកត់ត្រាខូច ៖ {error}។</translation>
    </message>
    <message>
      <source>The passphrase is not right.</source>
      <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message numerus="yes">
      <source>{count} wrong passphrases left before the notes are deleted.</source>
      <translation>
        <numerusform>បើបញ្ចូលឃ្លាសម្ងាត់ខុស {count} ដងទៀត ចំណាំនឹងត្រូវបានលុប។</numerusform>
        <numerusform>បើបញ្ចូលឃ្លាសម្ងាត់ខុស {count} ដងទៀត ចំណាំនឹងត្រូវបានលុប។</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} — hidden</source>
      <translation>{name} — បានលាក់</translation>
    </message>
    <message>
      <source>{name} — locked</source>
      <translation>{name} — បានចាក់សោ</translation>
    </message>
  </context>
  <context>
    <name>SessionSecurity</name>
    <message>
      <source>Change the passphrase</source>
      <translation>ប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation>កំពុងប្ដូរឃ្លាសម្ងាត់…</translation>
    </message>
    <message>
      <source>Encrypt your notes</source>
      <translation>អ៊ីនគ្រីបចំណាំរបស់អ្នក</translation>
    </message>
    <message>
      <source>Encrypting your notes…</source>
      <translation>កំពុងអ៊ីនគ្រីបចំណាំរបស់អ្នក…</translation>
    </message>
    <message>
      <source>Passphrase changed</source>
      <translation>បានប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>The current passphrase is not right; nothing was changed.</source>
      <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវទេ គ្មានអ្វីត្រូវបានប្ដូរទេ។</translation>
    </message>
    <message>
      <source>The passphrase could not be changed: {error}</source>
      <translation>មិនអាចប្ដូរឃ្លាសម្ងាត់បានទេ ៖ {error}</translation>
    </message>
    <message>
      <source>The passphrase was changed.</source>
      <translation>ឃ្លាសម្ងាត់ត្រូវបានប្ដូរហើយ។</translation>
    </message>
    <message>
      <source>Your notes are deleted.</source>
      <translation>ចំណាំរបស់អ្នកត្រូវបានលុបហើយ។</translation>
    </message>
    <message>
      <source>Your notes are encrypted. Ctrl+L locks them.</source>
      <translation>ចំណាំរបស់អ្នកត្រូវបានអ៊ីនគ្រីបហើយ។ ចុច Ctrl+L ដើម្បីចាក់សោវា។</translation>
    </message>
    <message>
      <source>Your notes could not be encrypted and are as they were: {error}</source>
      <translation>មិនអាចអ៊ីនគ្រីបចំណាំរបស់អ្នកបានទេ ហើយចំណាំនៅដដែលដូចមុន ៖ {error}</translation>
    </message>
  </context>
  <context>
    <name>StickStorage</name>
    <message>
      <source>Backup failed (your notes are still saved): {error}</source>
      <translation>ការបង្កើតច្បាប់បម្រុងទុកបានបរាជ័យ (ចំណាំរបស់អ្នកនៅតែបានរក្សាទុក) ៖ {error}</translation>
    </message>
    <message>
      <source>Ekasar is running from a stick</source>
      <translation>Ekasar កំពុងដំណើរការពីឧបករណ៍ USB</translation>
    </message>
    <message>
      <source>Keep notes on the stick</source>
      <translation>ទុកចំណាំនៅលើឧបករណ៍ USB</translation>
    </message>
    <message>
      <source>Keep notes on this computer</source>
      <translation>ទុកចំណាំនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
      <source>Keep your notes on the stick: Ekasar writes every note straight through to the stick, checks your notes each time it starts, and keeps verified backups on the stick.

Keep your notes on this computer: they stay on this computer only and do not travel with the stick.

You are asked once; delete data/notes-location on the stick to be asked again.</source>
      <translation>ទុកចំណាំរបស់អ្នកនៅលើឧបករណ៍ USB ៖ Ekasar សរសេរចំណាំនីមួយៗផ្ទាល់ទៅឧបករណ៍ USB ពិនិត្យចំណាំរបស់អ្នករាល់ពេលវាចាប់ផ្ដើម ហើយរក្សាច្បាប់បម្រុងទុកដែលបានផ្ទៀងផ្ទាត់នៅលើឧបករណ៍ USB។

ទុកចំណាំរបស់អ្នកនៅលើកុំព្យូទ័រនេះ ៖ ចំណាំនៅលើកុំព្យូទ័រនេះតែប៉ុណ្ណោះ ហើយមិនទៅជាមួយឧបករណ៍ USB ទេ។

អ្នកនឹងត្រូវបានសួរតែម្ដងប៉ុណ្ណោះ។ ដើម្បីឲ្យសួរម្ដងទៀត សូមលុប data/notes-location នៅលើឧបករណ៍ USB។</translation>
    </message>
    <message>
      <source>This stick is formatted {filesystem}, which can lose data if the stick is pulled out while something is being written.</source>
      <translation>ឧបករណ៍ USB នេះត្រូវបានហ្វរម៉ាតជា {filesystem} ដែលអាចបាត់បង់ទិន្នន័យ ប្រសិនបើដកឧបករណ៍ USB ចេញ ខណៈពេលកំពុងសរសេរអ្វីមួយ។</translation>
    </message>
    <message>
      <source>Your notes are on a {filesystem} drive: written straight through, checked at start, backed up every few minutes</source>
      <translation>ចំណាំរបស់អ្នកនៅលើដ្រាយ {filesystem} ៖ សរសេរផ្ទាល់ ពិនិត្យនៅពេលចាប់ផ្ដើម និងបម្រុងទុករៀងរាល់ពីរបីនាទីម្ដង</translation>
    </message>
    <message>
      <source>Your notes were restored</source>
      <translation>ចំណាំរបស់អ្នកត្រូវបានស្ដារឡើងវិញ</translation>
    </message>
    <message>
      <source>{damage}

Ekasar restored your notes from the backup {backup}. Notes written after that backup are in the kept copy of the damaged file.</source>
      <translation>{damage}

Ekasar បានស្ដារចំណាំរបស់អ្នកពីច្បាប់បម្រុងទុក {backup}។ ចំណាំដែលបានសរសេរក្រោយច្បាប់បម្រុងទុកនោះ មាននៅក្នុងច្បាប់ចម្លងដែលបានរក្សាទុកនៃឯកសារដែលខូច។</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>Ekasar must have this notebook to itself to restore it from a backup or update it for this version, and another Ekasar window or command has it open: close that one, then start again</source>
      <translation>Ekasar ត្រូវតែប្រើសៀវភៅកត់ត្រានេះតែម្នាក់ឯង ដើម្បីស្ដារវាពីច្បាប់បម្រុងទុក ឬធ្វើបច្ចុប្បន្នភាពវាសម្រាប់កំណែនេះ ប៉ុន្តែបង្អួច ឬពាក្យបញ្ជា Ekasar មួយផ្សេងទៀតកំពុងបើកវា ៖ សូមបិទវា រួចចាប់ផ្ដើមម្ដងទៀត</translation>
    </message>
    <message>
      <source>an entity cannot be merged into itself</source>
      <translation>មិនអាចបញ្ចូលគ្នានូវបុគ្គល ឬអង្គការមួយជាមួយខ្លួនវាផ្ទាល់បានទេ</translation>
    </message>
    <message>
      <source>archive not found: {path}</source>
      <translation>រកមិនឃើញប័ណ្ណសារ ៖ {path}</translation>
    </message>
    <message>
      <source>could not back up the notes: {error}</source>
      <translation>មិនអាចបង្កើតច្បាប់បម្រុងទុកនៃចំណាំបានទេ ៖ {error}</translation>
    </message>
    <message>
      <source>could not encrypt the notebook: the encrypted copy did not verify</source>
      <translation>មិនអាចអ៊ីនគ្រីបសៀវភៅកត់ត្រាបានទេ ៖ ច្បាប់ចម្លងដែលបានអ៊ីនគ្រីបមិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
      <source>could not encrypt the notebook: {error}</source>
      <translation>មិនអាចអ៊ីនគ្រីបសៀវភៅកត់ត្រាបានទេ ៖ {error}</translation>
    </message>
    <message>
      <source>exFAT or NTFS (FUSE)</source>
      <translation>exFAT ឬ NTFS (FUSE)</translation>
    </message>
    <message>
      <source>it was left untouched (no copy could be made: {reason})</source>
      <translation>វាមិនត្រូវបានប៉ះពាល់ទេ (មិនអាចធ្វើច្បាប់ចម្លងបាន ៖ {reason})</translation>
    </message>
    <message>
      <source>it was left untouched and a copy kept as {name}</source>
      <translation>វាមិនត្រូវបានប៉ះពាល់ទេ ហើយច្បាប់ចម្លងមួយត្រូវបានរក្សាទុកជា {name}</translation>
    </message>
    <message>
      <source>no annotation {id}</source>
      <translation>គ្មានចំណាំ ឬការគូសពណ៌ {id} ទេ</translation>
    </message>
    <message>
      <source>the backup {name} did not verify</source>
      <translation>ច្បាប់បម្រុងទុក {name} មិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
      <source>the notebook is encrypted: unlock it with its passphrase</source>
      <translation>សៀវភៅកត់ត្រាត្រូវបានអ៊ីនគ្រីប ៖ សូមដោះសោវាដោយប្រើឃ្លាសម្ងាត់របស់វា</translation>
    </message>
    <message>
      <source>the notebook was deleted or replaced by another Ekasar window or command; this change was not kept: close this window and open Ekasar again</source>
      <translation>សៀវភៅកត់ត្រាត្រូវបានលុប ឬជំនួសដោយបង្អួច ឬពាក្យបញ្ជា Ekasar មួយផ្សេងទៀត ការផ្លាស់ប្ដូរនេះមិនត្រូវបានរក្សាទុកទេ ៖ សូមបិទបង្អួចនេះ ហើយបើក Ekasar ម្ដងទៀត</translation>
    </message>
    <message>
      <source>this library was opened read-only</source>
      <translation>បណ្ណាល័យនេះត្រូវបានបើកសម្រាប់តែអានប៉ុណ្ណោះ</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>មិនស្គាល់</translation>
    </message>
    <message numerus="yes">
      <source>{count} pages fail their check: {failure}</source>
      <translation>
        <numerusform>ទំព័រចំនួន {count} មិនឆ្លងកាត់ការពិនិត្យ ៖ {failure}</numerusform>
        <numerusform>ទំព័រចំនួន {count} មិនឆ្លងកាត់ការពិនិត្យ ៖ {failure}</numerusform>
      </translation>
    </message>
    <message>
      <source>{path} cannot be opened: {error}</source>
      <translation>មិនអាចបើក {path} បានទេ ៖ {error}</translation>
    </message>
    <message>
      <source>{path} cannot be opened: {error}; {kept}</source>
      <translation>មិនអាចបើក {path} បានទេ ៖ {error}។ {kept}</translation>
    </message>
    <message>
      <source>{path} is damaged ({verdict}); {kept}; restore it from a backup</source>
      <translation>{path} ខូច ({verdict})។ {kept}។ សូមស្ដារវាពីច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
      <source>{path} is not an Ekasar archive</source>
      <translation>{path} មិនមែនជាប័ណ្ណសារ Ekasar ទេ</translation>
    </message>
    <message>
      <source>{path} was built for another version of Ekasar; rebuild it</source>
      <translation>{path} ត្រូវបានបង្កើតសម្រាប់កំណែផ្សេងទៀតនៃ Ekasar ៖ សូមបង្កើតវាឡើងវិញ</translation>
    </message>
    <message>
      <source>{path} was written by a newer version of Ekasar; {kept}; use that version, or another data folder</source>
      <translation>{path} ត្រូវបានសរសេរដោយកំណែថ្មីជាងនៃ Ekasar។ {kept}។ សូមប្រើកំណែនោះ ឬប្រើថតទិន្នន័យផ្សេងទៀត</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>an event needs a title</source>
      <translation>ព្រឹត្តិការណ៍ត្រូវការចំណងជើង</translation>
    </message>
    <message>
      <source>date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value}</source>
      <translation>កាលបរិច្ឆេទត្រូវតែជា YYYY, YYYY-MM ឬ YYYY-MM-DD មិនមែន {value} ទេ</translation>
    </message>
    <message>
      <source>end date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value}</source>
      <translation>កាលបរិច្ឆេទបញ្ចប់ត្រូវតែជា YYYY, YYYY-MM ឬ YYYY-MM-DD មិនមែន {value} ទេ</translation>
    </message>
    <message>
      <source>only an event found in a document can be marked as not an event</source>
      <translation>មានតែព្រឹត្តិការណ៍ដែលរកឃើញក្នុងឯកសារប៉ុណ្ណោះ ដែលអាចសម្គាល់ថាមិនមែនជាព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>only your own events can be deleted; extracted events can be edited</source>
      <translation>អាចលុបបានតែព្រឹត្តិការណ៍ផ្ទាល់ខ្លួនរបស់អ្នកប៉ុណ្ណោះ ព្រឹត្តិការណ៍ដែលបានស្រង់ចេញអាចកែសម្រួលបាន</translation>
    </message>
    <message>
      <source>select the passage the event is based on</source>
      <translation>សូមជ្រើសអត្ថបទដកស្រង់ដែលព្រឹត្តិការណ៍នេះផ្អែកលើ</translation>
    </message>
  </context>
  <context>
    <name>TimelineCanvas</name>
    <message>
      <source>&lt;p&gt;&lt;b&gt;{when}&lt;/b&gt; — date {certainty} · {origin}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;{when}&lt;/b&gt; — កាលបរិច្ឆេទ{certainty} · {origin}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;{when}&lt;/b&gt; — date {certainty}, {precision} precision · {origin}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;{when}&lt;/b&gt; — កាលបរិច្ឆេទ{certainty} ជាក់លាក់ត្រឹម{precision} · {origin}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Select an event to see its source. Arrow keys move between events; + and − zoom; Home shows everything.&lt;/p&gt;&lt;p&gt;Filled markers: stated dates. Squares: dates inferred from context. Rings: approximate dates. Bars: periods.&lt;/p&gt;</source>
      <translation>&lt;p&gt;សូមជ្រើសព្រឹត្តិការណ៍មួយ ដើម្បីមើលប្រភពរបស់វា។ គ្រាប់ចុចព្រួញផ្លាស់ទីពីព្រឹត្តិការណ៍មួយទៅព្រឹត្តិការណ៍មួយ។ + និង − ពង្រីក និងពង្រួម។ Home បង្ហាញទាំងអស់។&lt;/p&gt;&lt;p&gt;រង្វង់ពេញ ៖ កាលបរិច្ឆេទដែលបានចែង។ ការ៉េ ៖ កាលបរិច្ឆេទដែលបានសន្និដ្ឋានពីបរិបទ។ រង្វង់ប្រហោង ៖ កាលបរិច្ឆេទប្រហាក់ប្រហែល។ របារ ៖ រយៈពេល។&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Any certainty</source>
      <translation>គ្រប់កម្រិតភាពប្រាកដ</translation>
    </message>
    <message>
      <source>Approximate</source>
      <translation>ប្រហាក់ប្រហែល</translation>
    </message>
    <message>
      <source>By document</source>
      <translation>តាមឯកសារ</translation>
    </message>
    <message>
      <source>By organization</source>
      <translation>តាមអង្គការ</translation>
    </message>
    <message>
      <source>By person</source>
      <translation>តាមបុគ្គល</translation>
    </message>
    <message>
      <source>Inferred</source>
      <translation>បានសន្និដ្ឋាន</translation>
    </message>
    <message>
      <source>One lane</source>
      <translation>ជួរតែមួយ</translation>
    </message>
    <message>
      <source>Stated</source>
      <translation>បានចែង</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>បន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>approximate</source>
      <translation>ប្រហាក់ប្រហែល</translation>
    </message>
    <message>
      <source>day</source>
      <translation>ថ្ងៃ</translation>
    </message>
    <message>
      <source>extracted</source>
      <translation>បានស្រង់ចេញ</translation>
    </message>
    <message>
      <source>extracted, edited by you</source>
      <translation>បានស្រង់ចេញ កែសម្រួលដោយអ្នក</translation>
    </message>
    <message>
      <source>inferred</source>
      <translation>បានសន្និដ្ឋាន</translation>
    </message>
    <message>
      <source>month</source>
      <translation>ខែ</translation>
    </message>
    <message>
      <source>stated</source>
      <translation>បានចែង</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message>
      <source>year</source>
      <translation>ឆ្នាំ</translation>
    </message>
    <message>
      <source>your event</source>
      <translation>ព្រឹត្តិការណ៍របស់អ្នក</translation>
    </message>
    <message>
      <source>{name} ({khmer_name})</source>
      <translation>{khmer_name} ({name})</translation>
    </message>
    <message>
      <source>{start} – {end}</source>
      <translation>ពី {start} ដល់ {end}</translation>
    </message>
  </context>
  <context>
    <name>TimelinePanel</name>
    <message>
      <source>(none)</source>
      <translation>(គ្មាន)</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Counted from:&lt;/b&gt;&lt;/p&gt;&lt;blockquote&gt;“{quote}”&lt;/blockquote&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;គិតពី ៖&lt;/b&gt;&lt;/p&gt;&lt;blockquote&gt;“{quote}”&lt;/blockquote&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Involved:&lt;/b&gt; {who}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;អ្នកពាក់ព័ន្ធ ៖&lt;/b&gt; {who}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; {title} ({document})&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;ប្រភព ៖&lt;/b&gt; {title} ({document})&lt;/p&gt;</translation>
    </message>
    <message>
      <source>All documents</source>
      <translation>ឯកសារទាំងអស់</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>ព្រឹត្តិការណ៍ទាំងអស់</translation>
    </message>
    <message>
      <source>CSV…</source>
      <translation>ជា CSV…</translation>
    </message>
    <message>
      <source>Certainty</source>
      <translation>ភាពប្រាកដ</translation>
    </message>
    <message>
      <source>Choose a person or organization…</source>
      <translation>ជ្រើសបុគ្គល ឬអង្គការ…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Delete the selected event (an event found in a document is marked as not an event; Undo brings it back)</source>
      <translation>លុបព្រឹត្តិការណ៍ដែលបានជ្រើស (ព្រឹត្តិការណ៍ដែលរកឃើញក្នុងឯកសារ ត្រូវបានសម្គាល់ថាមិនមែនជាព្រឹត្តិការណ៍ ហើយប៊ូតុង «មិនធ្វើវិញ» នាំវាមកវិញ)</translation>
    </message>
    <message>
      <source>Edit event</source>
      <translation>កែសម្រួលព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>Edit the selected event</source>
      <translation>កែសម្រួលព្រឹត្តិការណ៍ដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>កែសម្រួល…</translation>
    </message>
    <message>
      <source>Event added</source>
      <translation>បានបន្ថែមព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>Event changed</source>
      <translation>បានផ្លាស់ប្ដូរព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>Event deleted</source>
      <translation>បានលុបព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>គ្រប់គ្នា</translation>
    </message>
    <message>
      <source>Export the filtered timeline</source>
      <translation>នាំចេញបន្ទាត់ពេលវេលាដែលបានត្រង</translation>
    </message>
    <message>
      <source>Export timeline</source>
      <translation>នាំចេញបន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>Export ▾</source>
      <translation>នាំចេញ ▾</translation>
    </message>
    <message numerus="yes">
      <source>Exported {count} events to {path}</source>
      <translation>
        <numerusform>បាននាំចេញព្រឹត្តិការណ៍ {count} ទៅ {path}</numerusform>
        <numerusform>បាននាំចេញព្រឹត្តិការណ៍ {count} ទៅ {path}</numerusform>
      </translation>
    </message>
    <message>
      <source>Filter events by text</source>
      <translation>ត្រងព្រឹត្តិការណ៍តាមអត្ថបទ</translation>
    </message>
    <message>
      <source>Filter events…</source>
      <translation>ត្រងព្រឹត្តិការណ៍…</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>ជួរ</translation>
    </message>
    <message>
      <source>Marked as not an event</source>
      <translation>បានសម្គាល់ថាមិនមែនជាព្រឹត្តិការណ៍</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>ព្រឹត្តិការណ៍ថ្មី</translation>
    </message>
    <message>
      <source>Note…</source>
      <translation>ចំណាំ…</translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>គ្មានអ្វីត្រូវមិនធ្វើវិញទេ</translation>
    </message>
    <message>
      <source>Only events from document</source>
      <translation>តែព្រឹត្តិការណ៍ពីឯកសារ</translation>
    </message>
    <message>
      <source>Only events involving</source>
      <translation>តែព្រឹត្តិការណ៍ដែលពាក់ព័ន្ធនឹង</translation>
    </message>
    <message>
      <source>Reading events…</source>
      <translation>កំពុងអានព្រឹត្តិការណ៍…</translation>
    </message>
    <message>
      <source>Selected event</source>
      <translation>ព្រឹត្តិការណ៍ដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>TimelineJS JSON…</source>
      <translation>ជា TimelineJS JSON…</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>Undo the last timeline change</source>
      <translation>មិនធ្វើវិញនូវការផ្លាស់ប្ដូរចុងក្រោយលើបន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>Undone</source>
      <translation>បានមិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>Write a note about the selected event</source>
      <translation>សរសេរចំណាំអំពីព្រឹត្តិការណ៍ដែលបានជ្រើស</translation>
    </message>
    <message numerus="yes">
      <source>{count} events</source>
      <translation>
        <numerusform>ព្រឹត្តិការណ៍ {count}</numerusform>
        <numerusform>ព្រឹត្តិការណ៍ {count}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} events ({undated} undated)</source>
      <translation>
        <numerusform>ព្រឹត្តិការណ៍ {count} ({undated} គ្មានកាលបរិច្ឆេទ)</numerusform>
        <numerusform>ព្រឹត្តិការណ៍ {count} ({undated} គ្មានកាលបរិច្ឆេទ)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} events: choose a person or organization</source>
      <translation>
        <numerusform>ព្រឹត្តិការណ៍ {count} ៖ សូមជ្រើសបុគ្គល ឬអង្គការ</numerusform>
        <numerusform>ព្រឹត្តិការណ៍ {count} ៖ សូមជ្រើសបុគ្គល ឬអង្គការ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} more</source>
      <translation>
        <numerusform>{count} ផ្សេងទៀត</numerusform>
        <numerusform>{count} ផ្សេងទៀត</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimelineStrip</name>
    <message>
      <source>Events from the documents, on a time axis (Ctrl+4)</source>
      <translation>ព្រឹត្តិការណ៍ពីឯកសារ លើអ័ក្សពេលវេលា (Ctrl+4)</translation>
    </message>
    <message>
      <source>Fold the timeline</source>
      <translation>បត់បន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
      <source>Show the timeline</source>
      <translation>បង្ហាញបន្ទាត់ពេលវេលា</translation>
    </message>
  </context>
  <context>
    <name>WindowImports</name>
    <message>
      <source>Added {added}, skipped {skipped} already here, {conflicts} conflicting edits kept beside yours (tagged #conflict).</source>
      <translation>បានបន្ថែម {added} បានរំលង {skipped} ដែលមានរួចហើយ និងបានរក្សាទុកការកែសម្រួលដែលផ្ទុយគ្នា {conflicts} នៅក្បែរការកែសម្រួលរបស់អ្នក (ដាក់ស្លាក #conflict)។</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.docx *.odt *.epub *.doc);;All files (*)</source>
      <translation>ឯកសារ (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.docx *.odt *.epub *.doc);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
      <source>Ekasar notes (*.ekasar-sealed manifest-sha256.txt ekasar-notes.json);;All files (*)</source>
      <translation>ចំណាំ Ekasar (*.ekasar-sealed manifest-sha256.txt ekasar-notes.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>នាំចូល</translation>
    </message>
    <message>
      <source>Import documents</source>
      <translation>នាំចូលឯកសារ</translation>
    </message>
    <message>
      <source>Import notes</source>
      <translation>នាំចូលចំណាំ</translation>
    </message>
    <message>
      <source>Import notes: a .ekasar-sealed file, or the manifest-sha256.txt in a bundle folder</source>
      <translation>នាំចូលចំណាំ ៖ ឯកសារ .ekasar-sealed ឬឯកសារ manifest-sha256.txt នៅក្នុងថតកញ្ចប់</translation>
    </message>
    <message>
      <source>Importing notes…</source>
      <translation>កំពុងនាំចូលចំណាំ…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>កំពុងនាំចូល…</translation>
    </message>
    <message>
      <source>Notes imported</source>
      <translation>បាននាំចូលចំណាំ</translation>
    </message>
    <message>
      <source>Passphrase for {file}:</source>
      <translation>ឃ្លាសម្ងាត់សម្រាប់ {file} ៖</translation>
    </message>
    <message>
      <source>Read scanned pages by OCR</source>
      <translation>អានទំព័រដែលជារូបភាពស្កេនដោយ OCR</translation>
    </message>
    <message>
      <source>Tesseract reads the text of the scanned pages on this computer; it takes a few seconds a page, and the text may contain errors</source>
      <translation>Tesseract អានអត្ថបទនៃទំព័រដែលជារូបភាពស្កេន នៅលើកុំព្យូទ័រនេះ។ វាចំណាយពេលពីរបីវិនាទីសម្រាប់មួយទំព័រ ហើយអត្ថបទនោះអាចមានកំហុស</translation>
    </message>
    <message>
      <source>The import stopped: {error}</source>
      <translation>ការនាំចូលបានឈប់ ៖ {error}</translation>
    </message>
    <message>
      <source>the notes could not be imported: {error}</source>
      <translation>មិនអាចនាំចូលចំណាំបានទេ ៖ {error}</translation>
    </message>
  </context>
  <context>
    <name>WindowLibrary</name>
    <message numerus="yes">
      <source>(your {count} timeline events on it stay on the timeline)</source>
      <translation>
        <numerusform>(ព្រឹត្តិការណ៍ {count} របស់អ្នកលើឯកសារនេះ នៅតែបង្ហាញលើបន្ទាត់ពេលវេលា)</numerusform>
        <numerusform>(ព្រឹត្តិការណ៍ {count} របស់អ្នកលើឯកសារនេះ នៅតែបង្ហាញលើបន្ទាត់ពេលវេលា)</numerusform>
      </translation>
    </message>
    <message>
      <source>Added to “{name}”</source>
      <translation>បានបន្ថែមទៅ «{name}»</translation>
    </message>
    <message>
      <source>Archive documents cannot be removed: only documents you imported</source>
      <translation>មិនអាចដកឯកសារប័ណ្ណសារចេញបានទេ ៖ បានតែឯកសារដែលអ្នកបាននាំចូលប៉ុណ្ណោះ</translation>
    </message>
    <message>
      <source>Choose a document in the library first</source>
      <translation>សូមជ្រើសឯកសារក្នុងបណ្ណាល័យជាមុនសិន</translation>
    </message>
    <message>
      <source>Collection:</source>
      <translation>បណ្ដុំ ៖</translation>
    </message>
    <message>
      <source>Delete collection</source>
      <translation>លុបបណ្ដុំ</translation>
    </message>
    <message>
      <source>Delete the collection “{name}”? Its documents stay in the library, with their notes.</source>
      <translation>លុបបណ្ដុំ «{name}» ឬ? ឯកសាររបស់វានៅតែស្ថិតក្នុងបណ្ណាល័យ ជាមួយចំណាំរបស់វា។</translation>
    </message>
    <message>
      <source>Deleted the collection “{name}”</source>
      <translation>បានលុបបណ្ដុំ «{name}»</translation>
    </message>
    <message>
      <source>Details saved</source>
      <translation>បានរក្សាទុកសេចក្តីលម្អិត</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>បណ្ណាល័យ</translation>
    </message>
    <message>
      <source>Made the collection “{name}”</source>
      <translation>បានបង្កើតបណ្ដុំ «{name}»</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>ឈ្មោះ ៖</translation>
    </message>
    <message>
      <source>New collection</source>
      <translation>បណ្ដុំថ្មី</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>ឈ្មោះថ្មី ៖</translation>
    </message>
    <message>
      <source>No removed document to put back</source>
      <translation>គ្មានឯកសារដែលបានដកចេញ ដើម្បីដាក់វិញទេ</translation>
    </message>
    <message numerus="yes">
      <source>Put back “{title}”, with {count} notes</source>
      <translation>
        <numerusform>បានដាក់ «{title}» វិញ ជាមួយចំណាំ {count}</numerusform>
        <numerusform>បានដាក់ «{title}» វិញ ជាមួយចំណាំ {count}</numerusform>
      </translation>
    </message>
    <message>
      <source>Removed “{title}”</source>
      <translation>បានដក «{title}» ចេញ</translation>
    </message>
    <message numerus="yes">
      <source>Removed “{title}”; its {count} notes are kept, under Needs review</source>
      <translation>
        <numerusform>បានដក «{title}» ចេញ ៖ ចំណាំ {count} របស់វាត្រូវបានរក្សាទុក ក្រោម ត្រូវពិនិត្យឡើងវិញ</numerusform>
        <numerusform>បានដក «{title}» ចេញ ៖ ចំណាំ {count} របស់វាត្រូវបានរក្សាទុក ក្រោម ត្រូវពិនិត្យឡើងវិញ</numerusform>
      </translation>
    </message>
    <message>
      <source>Rename collection</source>
      <translation>ប្ដូរឈ្មោះបណ្ដុំ</translation>
    </message>
    <message>
      <source>Renamed to “{name}”</source>
      <translation>បានប្ដូរឈ្មោះទៅជា «{name}»</translation>
    </message>
    <message>
      <source>Taken out of “{name}”</source>
      <translation>បានដកចេញពី «{name}»</translation>
    </message>
    <message>
      <source>There are no collections yet</source>
      <translation>មិនទាន់មានបណ្ដុំនៅឡើយទេ</translation>
    </message>
    <message>
      <source>This change was not made: {reason}</source>
      <translation>ការផ្លាស់ប្ដូរនេះមិនត្រូវបានធ្វើទេ ៖ {reason}</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>Undo removing the document</source>
      <translation>មិនធ្វើការដកឯកសារចេញវិញ</translation>
    </message>
  </context>
  <context>
    <name>WindowNotes</name>
    <message>
      <source>A note on the whole document</source>
      <translation>ចំណាំលើឯកសារទាំងមូល</translation>
    </message>
    <message>
      <source>A note on this event</source>
      <translation>ចំណាំលើព្រឹត្តិការណ៍នេះ</translation>
    </message>
    <message>
      <source>A note on {entity}</source>
      <translation>ចំណាំលើ {entity}</translation>
    </message>
    <message>
      <source>Highlight deleted (Ctrl+Z undoes)</source>
      <translation>បានលុបការគូសពណ៌ (Ctrl+Z ដើម្បីមិនធ្វើវិញ)</translation>
    </message>
    <message>
      <source>Highlighted</source>
      <translation>បានគូសពណ៌</translation>
    </message>
    <message>
      <source>Note re-attached</source>
      <translation>បានភ្ជាប់ចំណាំឡើងវិញ</translation>
    </message>
    <message>
      <source>Note saved</source>
      <translation>បានរក្សាទុកចំណាំ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ចំណាំ</translation>
    </message>
    <message>
      <source>Nothing to redo</source>
      <translation>គ្មានអ្វីត្រូវធ្វើវិញទេ</translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>គ្មានអ្វីត្រូវមិនធ្វើវិញទេ</translation>
    </message>
    <message>
      <source>Open a document first</source>
      <translation>សូមបើកឯកសារមួយជាមុនសិន</translation>
    </message>
    <message>
      <source>Place the cursor in a highlight to delete it</source>
      <translation>សូមដាក់ទស្សន៍ទ្រនិចក្នុងការគូសពណ៌ ដើម្បីលុបវា</translation>
    </message>
    <message>
      <source>Redone</source>
      <translation>បានធ្វើវិញ</translation>
    </message>
    <message>
      <source>Select a passage in the reading text first</source>
      <translation>សូមជ្រើសអត្ថបទដកស្រង់ក្នុងផ្ទាំងអានជាមុនសិន</translation>
    </message>
    <message>
      <source>Select the passage in this document, then re-attach</source>
      <translation>សូមជ្រើសអត្ថបទដកស្រង់នៅក្នុងឯកសារនេះ រួចភ្ជាប់ឡើងវិញ</translation>
    </message>
    <message>
      <source>This change was not saved: {reason}</source>
      <translation>ការផ្លាស់ប្ដូរនេះមិនត្រូវបានរក្សាទុកទេ ៖ {reason}</translation>
    </message>
    <message>
      <source>Undone</source>
      <translation>បានមិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>the notebook is busy (an import or another Ekasar is writing to it); try again in a moment</source>
      <translation>សៀវភៅកត់ត្រាកំពុងរវល់ (ការនាំចូល ឬ Ekasar មួយផ្សេងទៀតកំពុងសរសេរទៅវា) សូមព្យាយាមម្ដងទៀតបន្តិចទៀត</translation>
    </message>
  </context>
</TS>
