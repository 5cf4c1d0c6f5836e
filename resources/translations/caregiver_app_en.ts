<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertSettingsDialog</name>
    <message numerus="yes">
        <source> points or more</source>
        <translation>
            <numerusform> point or more</numerusform>
            <numerusform> points or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message numerus="yes">
        <source> visits</source>
        <translation>
            <numerusform> visit</numerusform>
            <numerusform> visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message numerus="yes">
        <source>imported %n appointments</source>
        <translation>
            <numerusform>imported %n appointment</numerusform>
            <numerusform>imported %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n</source>
        <translation>
            <numerusform>updated %n</numerusform>
            <numerusform>updated %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n events</source>
        <translation>
            <numerusform>skipped %n event</numerusform>
            <numerusform>skipped %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n appointments to {file}</source>
        <translation>
            <numerusform>exported %n appointment to {file}</numerusform>
            <numerusform>exported %n appointments to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the file&apos;s %n events can be imported; the first, event {position} ({summary}): {reason}. Nothing was imported.</source>
        <translation>
            <numerusform>None of the file&apos;s %n events can be imported; the first, event {position} ({summary}): {reason}. Nothing was imported.</numerusform>
            <numerusform>None of the file&apos;s %n events can be imported; the first, event {position} ({summary}): {reason}. Nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactFiles</name>
    <message numerus="yes">
        <source>Imported %n contacts</source>
        <translation>
            <numerusform>Imported %n contact</numerusform>
            <numerusform>Imported %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n into people already listed</source>
        <translation>
            <numerusform>merged %n into people already listed</numerusform>
            <numerusform>merged %n into people already listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n cards</source>
        <translation>
            <numerusform>skipped %n card</numerusform>
            <numerusform>skipped %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n contacts to {file}.</source>
        <translation>
            <numerusform>Saved %n contact to {file}.</numerusform>
            <numerusform>Saved %n contacts to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message numerus="yes">
        <source>imported %n contacts</source>
        <translation>
            <numerusform>imported %n contact</numerusform>
            <numerusform>imported %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n into people already listed</source>
        <translation>
            <numerusform>merged %n into people already listed</numerusform>
            <numerusform>merged %n into people already listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n cards</source>
        <translation>
            <numerusform>skipped %n card</numerusform>
            <numerusform>skipped %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n contacts to {file}</source>
        <translation>
            <numerusform>exported %n contact to {file}</numerusform>
            <numerusform>exported %n contacts to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryCsv</name>
    <message numerus="yes">
        <source>imported %n entries</source>
        <translation>
            <numerusform>imported %n entry</numerusform>
            <numerusform>imported %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n entries to {file}</source>
        <translation>
            <numerusform>exported %n entry to {file}</numerusform>
            <numerusform>exported %n entries to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the diary.</source>
        <translation>
            <numerusform>%n was already in the diary.</numerusform>
            <numerusform>%n were already in the diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n diary entries to {file}.</source>
        <translation>
            <numerusform>Saved %n diary entry to {file}.</numerusform>
            <numerusform>Saved %n diary entries to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DosesPanel</name>
    <message numerus="yes">
        <source>Where both scores were recorded (%n doses), the average went from {before:.1f} before to {after:.1f} after.</source>
        <translation>
            <numerusform>Where both scores were recorded (%n dose), the average went from {before:.1f} before to {after:.1f} after.</numerusform>
            <numerusform>Where both scores were recorded (%n doses), the average went from {before:.1f} before to {after:.1f} after.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message numerus="yes">
        <source>Care Companion locked itself after %n minutes without use, to keep the record private. Type the password to go on; nothing you were typing is lost.</source>
        <translation>
            <numerusform>Care Companion locked itself after %n minute without use, to keep the record private. Type the password to go on; nothing you were typing is lost.</numerusform>
            <numerusform>Care Companion locked itself after %n minutes without use, to keep the record private. Type the password to go on; nothing you were typing is lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnArticleList</name>
    <message numerus="yes">
        <source>%n articles mention “{text}”.</source>
        <translation>
            <numerusform>%n article mentions “{text}”.</numerusform>
            <numerusform>%n articles mention “{text}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicineCounts</name>
    <message numerus="yes">
        <source>%n doses of {medicine} in the 24 hours before this one.</source>
        <translation>
            <numerusform>%n dose of {medicine} in the 24 hours before this one.</numerusform>
            <numerusform>%n doses of {medicine} in the 24 hours before this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription as entered allows at most %n doses in 24 hours.</source>
        <translation>
            <numerusform>The prescription as entered allows at most %n dose in 24 hours.</numerusform>
            <numerusform>The prescription as entered allows at most %n doses in 24 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours from {time}</source>
        <translation>
            <numerusform>every %n hour from {time}</numerusform>
            <numerusform>every %n hours from {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n doses in 24 hours</source>
        <translation>
            <numerusform>at most %n dose in 24 hours</numerusform>
            <numerusform>at most %n doses in 24 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicineFiles</name>
    <message numerus="yes">
        <source>Saved %n doses of the medicine log to {file}.</source>
        <translation>
            <numerusform>Saved %n dose of the medicine log to {file}.</numerusform>
            <numerusform>Saved %n doses of the medicine log to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedsCommand</name>
    <message numerus="yes">
        <source>exported %n doses to {file}</source>
        <translation>
            <numerusform>exported %n dose to {file}</numerusform>
            <numerusform>exported %n doses to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberGuard</name>
    <message numerus="yes">
        <source>{field}: type a number from {low} to {high}, with at most %n digit(s) after the decimal point.</source>
        <translation>
            <numerusform>{field}: type a number from {low} to {high}, with at most %n digit after the decimal point.</numerusform>
            <numerusform>{field}: type a number from {low} to {high}, with at most %n digits after the decimal point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backups were made under an earlier password and keep that password.</source>
        <translation>
            <numerusform>%n older backup was made under an earlier password and keeps that password.</numerusform>
            <numerusform>%n older backups were made under an earlier password and keep that password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhonesStatusText</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordContents</name>
    <message numerus="yes">
        <source>%n diary entries</source>
        <translation>
            <numerusform>%n diary entry</numerusform>
            <numerusform>%n diary entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>While Care Companion was closed, %n doses came due. They are not logged yet, to be answered on the Today page:</source>
        <translation>
            <numerusform>While Care Companion was closed, %n dose came due. It is not logged yet, to be answered on the Today page:</numerusform>
            <numerusform>While Care Companion was closed, %n doses came due. They are not logged yet, to be answered on the Today page:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses left.</source>
        <translation>
            <numerusform>{medicine}: %n dose left.</numerusform>
            <numerusform>{medicine}: %n doses left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses left, enough until about {day}.</source>
        <translation>
            <numerusform>{medicine}: %n dose left, enough until about {day}.</numerusform>
            <numerusform>{medicine}: %n doses left, enough until about {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refill of {medicine} logged: %n doses added, as many as the last refill or count. If the pack held another number, count the doses in the medicine&apos;s form.</source>
        <translation>
            <numerusform>Refill of {medicine} logged: %n dose added, as many as the last refill or count. If the pack held another number, count the doses in the medicine&apos;s form.</numerusform>
            <numerusform>Refill of {medicine} logged: %n doses added, as many as the last refill or count. If the pack held another number, count the doses in the medicine&apos;s form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n weeks before</source>
        <translation>
            <numerusform>%n week before</numerusform>
            <numerusform>%n weeks before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message numerus="yes">
        <source>The server answered: %n calendar(s) found</source>
        <translation>
            <numerusform>The server answered: %n calendar found</numerusform>
            <numerusform>The server answered: %n calendars found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address book(s) found.</source>
        <translation>
            <numerusform>%n address book found.</numerusform>
            <numerusform>%n address books found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message numerus="yes">
        <source>sent %n changes</source>
        <translation>
            <numerusform>sent %n change</numerusform>
            <numerusform>sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n changes</source>
        <translation>
            <numerusform>received %n change</numerusform>
            <numerusform>received %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWindowCounts</name>
    <message numerus="yes">
        <source>In step: %n changes came in.</source>
        <translation>
            <numerusform>In step: %n change came in.</numerusform>
            <numerusform>In step: %n changes came in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCounts</name>
    <message numerus="yes">
        <source>Refill collected (%n doses)</source>
        <translation>
            <numerusform>Refill collected (%n dose)</numerusform>
            <numerusform>Refill collected (%n doses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refill of {medicine} collected: add %n doses</source>
        <translation>
            <numerusform>Refill of {medicine} collected: add %n dose</numerusform>
            <numerusform>Refill of {medicine} collected: add %n doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions waiting for the next visit.</source>
        <translation>
            <numerusform>%n question waiting for the next visit.</numerusform>
            <numerusform>%n questions waiting for the next visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses in the last 24 hours.</source>
        <translation>
            <numerusform>%n dose in the last 24 hours.</numerusform>
            <numerusform>%n doses in the last 24 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription, as entered, allows at most %n doses in 24 hours, and more than that have been given.</source>
        <translation>
            <numerusform>The prescription, as entered, allows at most %n dose in 24 hours, and more than that have been given.</numerusform>
            <numerusform>The prescription, as entered, allows at most %n doses in 24 hours, and more than that have been given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription, as entered, allows at most %n doses in 24 hours, and that many have been given.</source>
        <translation>
            <numerusform>The prescription, as entered, allows at most %n dose in 24 hours, and it has been given.</numerusform>
            <numerusform>The prescription, as entered, allows at most %n doses in 24 hours, and that many have been given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses on hand,</source>
        <translation>
            <numerusform>%n dose on hand,</numerusform>
            <numerusform>%n doses on hand,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enough for about %n days.</source>
        <translation>
            <numerusform>enough for about %n day.</numerusform>
            <numerusform>enough for about %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message numerus="yes">
        <source>%Ln readings</source>
        <translation>
            <numerusform>%Ln reading</numerusform>
            <numerusform>%Ln readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln breakthrough doses</source>
        <translation>
            <numerusform>%Ln breakthrough dose</numerusform>
            <numerusform>%Ln breakthrough doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores</source>
        <translation>
            <numerusform>%Ln score</numerusform>
            <numerusform>%Ln scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}</source>
        <translation>
            <numerusform>{name} %n time, last {day}</numerusform>
            <numerusform>{name} %n times, last {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}, highest {reading}</source>
        <translation>
            <numerusform>{name} %n time, last {day}, highest {reading}</numerusform>
            <numerusform>{name} %n times, last {day}, highest {reading}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}, lowest {reading}</source>
        <translation>
            <numerusform>{name} %n time, last {day}, lowest {reading}</numerusform>
            <numerusform>{name} %n times, last {day}, lowest {reading}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more symptoms</source>
        <translation>
            <numerusform>and %n more symptom</numerusform>
            <numerusform>and %n more symptoms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n diary entries</source>
        <translation>
            <numerusform>in %n diary entry</numerusform>
            <numerusform>in %n diary entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n dose</numerusform>
            <numerusform>%n doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more appointments in the next four weeks are on the calendar.</source>
        <translation>
            <numerusform>%n more appointment in the next four weeks is on the calendar.</numerusform>
            <numerusform>%n more appointments in the next four weeks are on the calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after-hours numbers are on the “Who to call” sheet.</source>
        <translation>
            <numerusform>%n more after-hours number is on the “Who to call” sheet.</numerusform>
            <numerusform>%n more after-hours numbers are on the “Who to call” sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often between {start} and {end}: %n of {total} doses.</source>
        <translation>
            <numerusform>Most often between {start} and {end}: %n of {total} doses.</numerusform>
            <numerusform>Most often between {start} and {end}: %n of {total} doses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more of these notes did not fit here; add the appendix of all diary notes to print every one.</source>
        <translation>
            <numerusform>%n more of these notes did not fit here; add the appendix of all diary notes to print every one.</numerusform>
            <numerusform>%n more of these notes did not fit here; add the appendix of all diary notes to print every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes written in this period</source>
        <translation>
            <numerusform>%n note written in this period</numerusform>
            <numerusform>%n notes written in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open questions did not fit here; the app lists them all.</source>
        <translation>
            <numerusform>%n more open question did not fit here; the app lists them all.</numerusform>
            <numerusform>%n more open questions did not fit here; the app lists them all.</numerusform>
        </translation>
    </message>
</context>
</TS>
