<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Alias</source>
      <translation>ឈ្មោះក្លែងក្លាយ</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>ដ្រាយ</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>ថតឯកសារ</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>ថត</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>ផ្លូវកាត់</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>មិនស្គាល់</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>ជ្រើសទាំងអស់</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>បង្កើន</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>បន្ថយ</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>យល់ព្រម</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>បិទ</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>បិទបន្ទះនេះ</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>ដាក់ដាច់ដោយឡែក</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>ផ្ដាច់ ឬភ្ជាប់បន្ទះនេះឡើងវិញ</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
រកមិនឃើញថត។
សូមពិនិត្យមើលថាឈ្មោះថតត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
រកមិនឃើញឯកសារ។
សូមពិនិត្យមើលថាឈ្មោះឯកសារត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 មានរួចហើយ។
តើអ្នកចង់ជំនួសវាទេ?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>ជ្រើស</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>មើលក្នុង ៖</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>ថតថ្មី</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>បើក</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>ប្ដូរឈ្មោះ</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>រក្សាទុក</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>តើអ្នកប្រាកដជាចង់លុប '%1' មែនទេ?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>ថយក្រោយ</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>ប្ដូរទៅទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>ប្ដូរទៅទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>មិនអាចលុបថតបានទេ។</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>ថត</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>ថត ៖</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>ឈ្មោះឯកសារ ៖</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>ប្រភេទឯកសារ ៖</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>ជ្រើសថត</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>ទៅមុខ</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>ថយក្រោយ</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>ទៅមុខ</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>ទៅថតមេ</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>បញ្ជីទីតាំង និងចំណាំ</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>មើលក្នុង ៖</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>ថតថ្មី</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>បើក</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>ថតមេ</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>ទីតាំងថ្មីៗ</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>យកចេញ</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>រក្សាទុកជា</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>បង្ហាញឯកសារលាក់</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>របារចំហៀង</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Computer</source>
      <translation>កុំព្យូទ័រ</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>កាលបរិច្ឆេទកែប្រែ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ទំហំ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>ប្រភេទ</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>បិទ</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>យល់ព្រម</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>រក្សាទុក</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>បិទដោយមិនរក្សាទុក</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>បញ្ចូលតម្លៃ ៖</translation>
    </message>
  </context>
  <context>
    <name>QKeySequenceEdit</name>
    <message>
      <source>Press shortcut</source>
      <translation>ចុចផ្លូវកាត់</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>ចម្លង</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>បិទភ្ជាប់</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ធ្វើវិញ</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>កាត់</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ជ្រើសទាំងអស់</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Hide Details...</source>
      <translation>លាក់សេចក្តីលម្អិត...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>បង្ហាញសេចក្តីលម្អិត...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>ទេ</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>បាទ/ចាស</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>បញ្ឈប់</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>អនុវត្ត</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>បិទ</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>បោះបង់ចោល</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>ជំនួយ</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>មិនអើពើ</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ទេ ទាំងអស់</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>យល់ព្រម</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>បើក</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>ស្ដារលំនាំដើម</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>ព្យាយាមឡើងវិញ</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>រក្សាទុក</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>បាទ/ចាស ទាំងអស់</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>ខាងក្រោមបំផុត</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>គែមឆ្វេង</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>មួយទំព័រចុះក្រោម</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>មួយទំព័រទៅឆ្វេង</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>មួយទំព័រទៅស្តាំ</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>មួយទំព័រឡើងលើ</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>គែមស្តាំ</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>រំកិលចុះ</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>រំកិលមកទីនេះ</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>រំកិលទៅឆ្វេង</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>រំកិលទៅស្តាំ</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>រំកិលឡើង</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>ខាងលើបំផុត</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>ចម្លង</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>បិទភ្ជាប់</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ធ្វើវិញ</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>ចម្លងអាសយដ្ឋានតំណ</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>កាត់</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ជ្រើសទាំងអស់</translation>
    </message>
  </context>
</TS>
