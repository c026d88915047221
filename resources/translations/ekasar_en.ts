<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Dialogs</name>
    <message numerus="yes">
      <source>Imported {count} documents.</source>
      <translation>
        <numerusform>Imported {count} document.</numerusform>
        <numerusform>Imported {count} documents.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message numerus="yes">
      <source>A folder of {count} files, {size} bytes: {name}</source>
      <translation>
        <numerusform>A folder of {count} file, {size} bytes: {name}</numerusform>
        <numerusform>A folder of {count} files, {size} bytes: {name}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>the sealed file holds {count} files; an export has a handful</source>
      <translation>
        <numerusform>the sealed file holds {count} file; an export has a handful</numerusform>
        <numerusform>the sealed file holds {count} files; an export has a handful</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{path} holds {count} files; a bundle has a handful</source>
      <translation>
        <numerusform>{path} holds {count} file; a bundle has a handful</numerusform>
        <numerusform>{path} holds {count} files; a bundle has a handful</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <source>Encrypted, written and read back: {folder} ({count} bytes).
It opens only with its passphrase: in Ekasar (Import notes…, for an exchange bundle), with 'ekasar unseal', or with the recipe in docs/security-formats.md.</source>
      <translation>
        <numerusform>Encrypted, written and read back: {folder} ({count} byte).
It opens only with its passphrase: in Ekasar (Import notes…, for an exchange bundle), with 'ekasar unseal', or with the recipe in docs/security-formats.md.</numerusform>
        <numerusform>Encrypted, written and read back: {folder} ({count} bytes).
It opens only with its passphrase: in Ekasar (Import notes…, for an exchange bundle), with 'ekasar unseal', or with the recipe in docs/security-formats.md.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported and verified {count} files ({size} bytes) to {folder}.
Every file was read back and matches the manifest (manifest-sha256.txt).</source>
      <translation>
        <numerusform>Exported and verified {count} file ({size} bytes) to {folder}.
Every file was read back and matches the manifest (manifest-sha256.txt).</numerusform>
        <numerusform>Exported and verified {count} files ({size} bytes) to {folder}.
Every file was read back and matches the manifest (manifest-sha256.txt).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} — {count} bytes</source>
      <translation>
        <numerusform>{name} — {count} byte</numerusform>
        <numerusform>{name} — {count} bytes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message numerus="yes">
      <source>{count} matches</source>
      <translation>
        <numerusform>{count} match</numerusform>
        <numerusform>{count} matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count}+ matches</source>
      <translation>
        <numerusform>{count}+ matches</numerusform>
        <numerusform>{count}+ matches</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>Archive: {count} documents in English and Khmer</source>
      <translation>
        <numerusform>Archive: {count} document in English and Khmer</numerusform>
        <numerusform>Archive: {count} documents in English and Khmer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Archive: {count} documents in English and Khmer · {imported} imported</source>
      <translation>
        <numerusform>Archive: {count} document in English and Khmer · {imported} imported</numerusform>
        <numerusform>Archive: {count} documents in English and Khmer · {imported} imported</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Notebook</name>
    <message numerus="yes">
      <source>the notes were deleted after {count} wrong passphrases, as this notebook was set to do</source>
      <translation>
        <numerusform>the notes were deleted after {count} wrong passphrase, as this notebook was set to do</numerusform>
        <numerusform>the notes were deleted after {count} wrong passphrases, as this notebook was set to do</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message numerus="yes">
      <source>Needs review ({count}): the passage was not found after an update</source>
      <translation>
        <numerusform>Needs review ({count}): the passage was not found after an update</numerusform>
        <numerusform>Needs review ({count}): the passage was not found after an update</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
      <source>Use at least {count} characters.</source>
      <translation>
        <numerusform>Use at least {count} character.</numerusform>
        <numerusform>Use at least {count} characters.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message numerus="yes">
      <source>Notes ({count})</source>
      <translation>
        <numerusform>Notes ({count})</numerusform>
        <numerusform>Notes ({count})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} notes</source>
      <translation>
        <numerusform>{count} note</numerusform>
        <numerusform>{count} notes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message numerus="yes">
      <source>&lt;h3&gt;Mentioned {count} times in {documents}&lt;/h3&gt;</source>
      <translation>
        <numerusform>&lt;h3&gt;Mentioned once in {documents}&lt;/h3&gt;</numerusform>
        <numerusform>&lt;h3&gt;Mentioned {count} times in {documents}&lt;/h3&gt;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;p&gt;&lt;i&gt;and {count} more documents (see &lt;code&gt;ekasar people {id}&lt;/code&gt;)&lt;/i&gt;&lt;/p&gt;</source>
      <translation>
        <numerusform>&lt;p&gt;&lt;i&gt;and {count} more document (see &lt;code&gt;ekasar people {id}&lt;/code&gt;)&lt;/i&gt;&lt;/p&gt;</numerusform>
        <numerusform>&lt;p&gt;&lt;i&gt;and {count} more documents (see &lt;code&gt;ekasar people {id}&lt;/code&gt;)&lt;/i&gt;&lt;/p&gt;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} documents</source>
      <translation>
        <numerusform>{count} document</numerusform>
        <numerusform>{count} documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} &lt;small&gt;({count} documents)&lt;/small&gt;</source>
      <translation>
        <numerusform>{name} &lt;small&gt;({count} document)&lt;/small&gt;</numerusform>
        <numerusform>{name} &lt;small&gt;({count} documents)&lt;/small&gt;</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchMarks</name>
    <message numerus="yes">
      <source>{count} search hits</source>
      <translation>
        <numerusform>{count} search hit</numerusform>
        <numerusform>{count} search hits</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message numerus="yes">
      <source>About {count} documents match</source>
      <translation>
        <numerusform>About {count} document matches</numerusform>
        <numerusform>About {count} documents match</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} documents match</source>
      <translation>
        <numerusform>{count} document matches</numerusform>
        <numerusform>{count} documents match</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message numerus="yes">
      <source>and {count} more in this document</source>
      <translation>
        <numerusform>and {count} more in this document</numerusform>
        <numerusform>and {count} more in this document</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} hits</source>
      <translation>
        <numerusform>{count} hit</numerusform>
        <numerusform>{count} hits</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message numerus="yes">
      <source>Preparing the archive: {done} of {count} documents…</source>
      <translation>
        <numerusform>Preparing the archive: {done} of {count} documents…</numerusform>
        <numerusform>Preparing the archive: {done} of {count} documents…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} wrong passphrases left before the notes are deleted.</source>
      <translation>
        <numerusform>{count} wrong passphrase left before the notes are deleted.</numerusform>
        <numerusform>{count} wrong passphrases left before the notes are deleted.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message numerus="yes">
      <source>{count} pages fail their check: {failure}</source>
      <translation>
        <numerusform>{count} page fails its check: {failure}</numerusform>
        <numerusform>{count} pages fail their check: {failure}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimelinePanel</name>
    <message numerus="yes">
      <source>Exported {count} events to {path}</source>
      <translation>
        <numerusform>Exported {count} event to {path}</numerusform>
        <numerusform>Exported {count} events to {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} events</source>
      <translation>
        <numerusform>{count} event</numerusform>
        <numerusform>{count} events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} events ({undated} undated)</source>
      <translation>
        <numerusform>{count} event ({undated} undated)</numerusform>
        <numerusform>{count} events ({undated} undated)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} events: choose a person or organization</source>
      <translation>
        <numerusform>{count} event: choose a person or organization</numerusform>
        <numerusform>{count} events: choose a person or organization</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} more</source>
      <translation>
        <numerusform>{count} more</numerusform>
        <numerusform>{count} more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WindowLibrary</name>
    <message numerus="yes">
      <source>(your {count} timeline events on it stay on the timeline)</source>
      <translation>
        <numerusform>(your {count} timeline event on it stays on the timeline)</numerusform>
        <numerusform>(your {count} timeline events on it stay on the timeline)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Put back “{title}”, with {count} notes</source>
      <translation>
        <numerusform>Put back “{title}”, with {count} note</numerusform>
        <numerusform>Put back “{title}”, with {count} notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed “{title}”; its {count} notes are kept, under Needs review</source>
      <translation>
        <numerusform>Removed “{title}”; its {count} note is kept, under Needs review</numerusform>
        <numerusform>Removed “{title}”; its {count} notes are kept, under Needs review</numerusform>
      </translation>
    </message>
  </context>
</TS>
