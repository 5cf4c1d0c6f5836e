<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Agenda</name>
    <message>
        <source>Agenda: the chosen day, then the coming weeks</source>
        <translation>Agenda: el día elegido y luego las próximas semanas</translation>
    </message>
    <message>
        <source>Video visit</source>
        <translation>Visita por video</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>This visit was moved or changed</source>
        <translation>Esta visita se movió o se cambió</translation>
    </message>
    <message>
        <source>Nothing booked on this day.</source>
        <translation>No hay nada programado para este día.</translation>
    </message>
    <message>
        <source>The next four weeks</source>
        <translation>Las próximas cuatro semanas</translation>
    </message>
    <message>
        <source>Nothing booked in the four weeks after this day.</source>
        <translation>No hay nada programado en las cuatro semanas después de este día.</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <source>Alert settings</source>
        <translation>Configuración de alertas</translation>
    </message>
    <message numerus="yes">
        <source> points or more</source>
        <translation>
            <numerusform> punto o más</numerusform>
            <numerusform> puntos o más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually {threshold} (source: {source}). If your team gave you another number, type theirs: it replaces this one.</source>
        <translation>Normalmente {threshold} (fuente: {source}). Si su equipo le dio otro número, escriba el suyo: sustituye a este.</translation>
    </message>
</context>
<context>
    <name>AlertSettingsForm</name>
    <message>
        <source>Alert settings</source>
        <translation>Configuración de alertas</translation>
    </message>
    <message>
        <source>After you save an entry, the diary points out scores that may need a call to the team. Set these as your care team advises; the usual values are shown in brackets.</source>
        <translation>Después de guardar una entrada, el diario señala las puntuaciones por las que quizá haya que llamar al equipo. Ajuste estos valores según le indique su equipo de atención; los valores habituales aparecen entre paréntesis.</translation>
    </message>
    <message>
        <source>Point out any score of (usually 7, the severe band):</source>
        <translation>Señalar cualquier puntuación de (normalmente 7, el nivel severo):</translation>
    </message>
    <message>
        <source>Score that raises an alert</source>
        <translation>Puntuación que genera una alerta</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> o más</translation>
    </message>
    <message>
        <source>Or a rise above the recent average of (usually 3):</source>
        <translation>O una subida por encima del promedio reciente de (normalmente 3):</translation>
    </message>
    <message>
        <source>Rise that raises an alert</source>
        <translation>Subida que genera una alerta</translation>
    </message>
    <message>
        <source> points or more</source>
        <translation> puntos o más</translation>
    </message>
    <message>
        <source>The recent average covers the last (usually 7):</source>
        <translation>El promedio reciente abarca los últimos (normalmente 7):</translation>
    </message>
    <message>
        <source>Days in the recent average</source>
        <translation>Días del promedio reciente</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>After you save an entry with a temperature or an oxygen saturation, the diary also points out these readings.</source>
        <translation>Cuando guarda una entrada con una temperatura o una saturación de oxígeno, el diario también señala estas mediciones.</translation>
    </message>
    <message>
        <source>Point out a temperature at or above:</source>
        <translation>Señalar una temperatura igual o superior a:</translation>
    </message>
    <message>
        <source>Fever threshold</source>
        <translation>Umbral de fiebre</translation>
    </message>
    <message>
        <source>Point out an oxygen saturation below:</source>
        <translation>Señalar una saturación de oxígeno inferior a:</translation>
    </message>
    <message>
        <source>Low oxygen threshold</source>
        <translation>Umbral de oxígeno bajo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Source: the number your team gave you. There is no usual value: what is low depends on the person. Leave the box empty to keep this alert off.</source>
        <translation>Fuente: el número que le dio su equipo. No hay un valor habitual: lo que es bajo depende de la persona. Deje la casilla vacía para mantener esta alerta desactivada.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside Care Companion. What you saved before this is safe. Please close and reopen the app; if it happens again, report it with the details below.</source>
        <translation>Algo salió mal dentro de Care Companion. Lo que guardó antes de esto está a salvo. Cierre y vuelva a abrir la aplicación; si vuelve a pasar, infórmelo con los detalles que aparecen abajo.</translation>
    </message>
</context>
<context>
    <name>AppointmentDetails</name>
    <message>
        <source>Details of the chosen appointment</source>
        <translation>Detalles de la cita elegida</translation>
    </message>
    <message>
        <source>times shown in the home time zone; booked in {zone}</source>
        <translation>horas mostradas en la zona horaria del hogar; programada en {zone}</translation>
    </message>
    <message>
        <source>times shown in this computer&apos;s zone; booked in {zone}</source>
        <translation>horas mostradas en la zona horaria de esta computadora; programada en {zone}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>{repeat}; this visit was moved or changed</source>
        <translation>{repeat}; esta visita se movió o se cambió</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Se repite:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Video link:</source>
        <translation>Enlace de video:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Con:</translation>
    </message>
    <message>
        <source>Getting there:</source>
        <translation>Traslado:</translation>
    </message>
    <message>
        <source>Bring or prepare:</source>
        <translation>Llevar o preparar:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>What was decided:</source>
        <translation>Lo que se decidió:</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Edit every visit of the series</source>
        <translation>Editar todas las visitas de la serie</translation>
    </message>
    <message>
        <source>Edit this visit only</source>
        <translation>Editar solo esta visita</translation>
    </message>
    <message>
        <source>Edit this and the following visits</source>
        <translation>Editar esta visita y las siguientes</translation>
    </message>
    <message>
        <source>Appointment form</source>
        <translation>Formulario de la cita</translation>
    </message>
    <message>
        <source>Save appointment</source>
        <translation>Guardar cita</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <source>After a number of visits</source>
        <translation>Después de cierto número de visitas</translation>
    </message>
    <message numerus="yes">
        <source> visits</source>
        <translation>
            <numerusform> visita</numerusform>
            <numerusform> visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder {when}</source>
        <translation>Recordatorio {when}</translation>
    </message>
    <message>
        <source>As in the imported file</source>
        <translation>Como en el archivo importado</translation>
    </message>
    <message>
        <source>You are changing every visit of the series. The dates shown are those of its first visit.</source>
        <translation>Está cambiando todas las visitas de la serie. Las fechas que se muestran son las de su primera visita.</translation>
    </message>
    <message>
        <source>You are changing this visit only. Its kind, people, repeats and reminders belong to the whole series.</source>
        <translation>Está cambiando solo esta visita. Su tipo, las personas, las repeticiones y los recordatorios pertenecen a toda la serie.</translation>
    </message>
    <message>
        <source>You are changing this visit and the ones after it; the visits before stay as they are.</source>
        <translation>Está cambiando esta visita y las siguientes; las visitas anteriores quedan como están.</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Último dí&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Please type a title.</source>
        <translation>Escriba un título.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>El último día no puede ser anterior al primer día.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, such as New York.</source>
        <translation>“{zone}” no es una zona horaria que esta computadora conozca. Elija una de la lista, como New York.</translation>
    </message>
    <message>
        <source>The repeats cannot stop before the first visit.</source>
        <translation>Las repeticiones no pueden terminar antes de la primera visita.</translation>
    </message>
    <message>
        <source>The appointment could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>No se pudo guardar la cita ({reason}). Revise que el disco no esté lleno e intente de nuevo; lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>The clocks go forward that night, so {typed} does not happen: the appointment will be at {start}.</source>
        <translation>Esa noche se adelantan los relojes, así que las {typed} no existen: la cita será a las {start}.</translation>
    </message>
    <message>
        <source>The clocks go forward that night, so {typed} does not happen: the appointment will be at {start}, until {end}.</source>
        <translation>Esa noche se adelantan los relojes, así que las {typed} no existen: la cita será a las {start}, hasta las {end}.</translation>
    </message>
    <message>
        <source>The clocks go forward that night, so {typed} does not happen: the appointment will end at {end}.</source>
        <translation>Esa noche se adelantan los relojes, así que las {typed} no existen: la cita terminará a las {end}.</translation>
    </message>
    <message>
        <source>February has a day 29 only in leap years, so in other years this series has no visit in February. For a visit every month, start on day 28 or earlier.</source>
        <translation>Febrero solo tiene día 29 en los años bisiestos, así que los demás años esta serie no tiene ninguna visita en febrero. Para tener una visita todos los meses, empiece el día 28 o antes.</translation>
    </message>
    <message>
        <source>Not every month has a day {day}, so this series has no visit in {months}. For a visit every month, start on day 28 or earlier.</source>
        <translation>No todos los meses tienen día {day}, así que esta serie no tiene ninguna visita en {months}. Para tener una visita todos los meses, empiece el día 28 o antes.</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>What and when</source>
        <translation>Qué y cuándo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example, Oncology review</source>
        <translation>Por ejemplo, Control de oncología</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>All da&amp;y</source>
        <translation>Todo el &amp;día</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The zone the times are in; usually this computer&apos;s.</source>
        <translation>La zona horaria de las horas; normalmente la de esta computadora.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Se repite:</translation>
    </message>
    <message>
        <source>St&amp;ops:</source>
        <translation>T&amp;ermina:</translation>
    </message>
    <message>
        <source>When the repeats stop</source>
        <translation>Cuándo terminan las repeticiones</translation>
    </message>
    <message>
        <source>Last date of the repeats</source>
        <translation>Última fecha de las repeticiones</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>Dónde y con quién</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Clinic, floor, room</source>
        <translation>Clínica, piso, consultorio</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Enlace de &amp;video:</translation>
    </message>
    <message>
        <source>Video visit link</source>
        <translation>Enlace de la visita por video</translation>
    </message>
    <message>
        <source>https://... from the clinic&apos;s message</source>
        <translation>https://... del mensaje de la clínica</translation>
    </message>
    <message>
        <source>&amp;Care team taking part:</source>
        <translation>Equipo de atención que parti&amp;cipa:</translation>
    </message>
    <message>
        <source>Care team taking part</source>
        <translation>Equipo de atención que participa</translation>
    </message>
    <message>
        <source>Tick the people from the Care team list who take part. Space ticks the selected person.</source>
        <translation>Marque a las personas de la lista Equipo de atención que participan. La barra espaciadora marca a la persona seleccionada.</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>&amp;Who drives:</source>
        <translation>Quién &amp;maneja:</translation>
    </message>
    <message>
        <source>Who drives</source>
        <translation>Quién maneja</translation>
    </message>
    <message>
        <source>&amp;Pick-up at:</source>
        <translation>&amp;Hora de recogida:</translation>
    </message>
    <message>
        <source>Pick-up time set</source>
        <translation>Hora de recogida fijada</translation>
    </message>
    <message>
        <source>Pick-up time</source>
        <translation>Hora de recogida</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>What to &amp;bring or prepare:</source>
        <translation>&amp;Qué llevar o preparar:</translation>
    </message>
    <message>
        <source>What to bring or prepare</source>
        <translation>Qué llevar o preparar</translation>
    </message>
    <message>
        <source>Medicine list, scan report, a snack...</source>
        <translation>Lista de medicamentos, informes, un refrigerio...</translation>
    </message>
    <message>
        <source>&amp;Questions to ask:</source>
        <translation>P&amp;reguntas para hacer:</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Tick the open questions to ask at this visit. Space ticks the selected question.</source>
        <translation>Marque las preguntas pendientes para hacer en esta visita. La barra espaciadora marca la pregunta seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Shown in the window and as a notification while Care Companion is open; missed ones appear when you next open it.</source>
        <translation>Se muestran en la ventana y como notificación mientras Care Companion está abierto; los que no se vieron aparecen la próxima vez que lo abra.</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Después de la visita</translation>
    </message>
    <message>
        <source>What was &amp;decided:</source>
        <translation>L&amp;o que se decidió:</translation>
    </message>
    <message>
        <source>What was decided at the visit</source>
        <translation>Lo que se decidió en la visita</translation>
    </message>
    <message>
        <source>Changes to medicines, tests ordered, the next visit...</source>
        <translation>Cambios en los medicamentos, estudios pedidos, la próxima visita...</translation>
    </message>
</context>
<context>
    <name>AppointmentKinds</name>
    <message>
        <source>Oncology</source>
        <translation>Oncología</translation>
    </message>
    <message>
        <source>Palliative care</source>
        <translation>Cuidados paliativos</translation>
    </message>
    <message>
        <source>Telehealth video visit</source>
        <translation>Videoconsulta de telesalud</translation>
    </message>
    <message>
        <source>Infusion or treatment</source>
        <translation>Infusión o tratamiento</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>Imaging or scan</source>
        <translation>Estudio de imagen o escáner</translation>
    </message>
    <message>
        <source>Lab work</source>
        <translation>Análisis de laboratorio</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>AppointmentScope</name>
    <message>
        <source>Delete a repeating appointment</source>
        <translation>Eliminar una cita que se repite</translation>
    </message>
    <message>
        <source>“{title}” repeats. Delete only this visit, this visit and the following ones, or every visit? Edit &gt; Undo brings them back.</source>
        <translation>“{title}” se repite. ¿Quiere eliminar solo esta visita, esta visita y las siguientes, o todas las visitas? Editar &gt; Deshacer las recupera.</translation>
    </message>
    <message>
        <source>Only this visit</source>
        <translation>Solo esta visita</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Esta y las siguientes</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Todas las visitas</translation>
    </message>
    <message>
        <source>Change a repeating appointment</source>
        <translation>Cambiar una cita que se repite</translation>
    </message>
    <message>
        <source>“{title}” repeats. Change only this visit, this visit and the following ones, or every visit?</source>
        <translation>“{title}” se repite. ¿Quiere cambiar solo esta visita, esta visita y las siguientes, o todas las visitas?</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Choose a date between 1900 and 2200.</source>
        <translation>Elija una fecha entre 1900 y 2200.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>An appointment can last at most 31 days.</source>
        <translation>Una cita puede durar como máximo 31 días.</translation>
    </message>
    <message>
        <source>Choose what kind of appointment this is.</source>
        <translation>Elija qué tipo de cita es.</translation>
    </message>
    <message>
        <source>{zone} is not a time zone this computer knows.</source>
        <translation>{zone} no es una zona horaria que esta computadora conozca.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>El último día no puede ser anterior al primer día.</translation>
    </message>
    <message>
        <source>A reminder can be at most four weeks before the visit.</source>
        <translation>Un recordatorio puede ser como máximo cuatro semanas antes de la visita.</translation>
    </message>
    <message>
        <source>Choose at most ten reminders.</source>
        <translation>Elija como máximo diez recordatorios.</translation>
    </message>
    <message>
        <source>This repeat rule cannot be used ({reason}).</source>
        <translation>No se puede usar esta regla de repetición ({reason}).</translation>
    </message>
    <message>
        <source>The repeats must end on or after the first appointment.</source>
        <translation>Las repeticiones deben terminar en la primera cita o después de ella.</translation>
    </message>
    <message>
        <source>This repeat rule gives no dates.</source>
        <translation>Esta regla de repetición no da ninguna fecha.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>ArticlePdf</name>
    <message>
        <source>Words used in this article</source>
        <translation>Palabras usadas en este artículo</translation>
    </message>
    <message>
        <source>From Care Companion. General information, not medical advice: ask your care team. In an emergency call 911 (or your local emergency number).</source>
        <translation>De Care Companion. Información general, no consejo médico: consulte a su equipo de atención. En una emergencia, marque el 911 (o el número de emergencias de su localidad).</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>AsNeededFields</name>
    <message>
        <source>As needed: what the prescription allows</source>
        <translation>Según necesidad: lo que permite la receta</translation>
    </message>
    <message>
        <source>Reasons it may be given</source>
        <translation>Motivos por los que se puede dar</translation>
    </message>
    <message>
        <source>One a line, as the prescription says: pain, breathlessness...</source>
        <translation>Uno por línea, como dice la receta: dolor, falta de aire...</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Smallest time between doses</source>
        <translation>Tiempo mínimo entre dosis</translation>
    </message>
    <message>
        <source>Unit of the time between doses</source>
        <translation>Unidad del tiempo entre dosis</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Most doses in 24 hours</source>
        <translation>Máximo de dosis en 24 horas</translation>
    </message>
    <message>
        <source>&amp;Given for:</source>
        <translation>S&amp;e da para:</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>A&amp;l menos:</translation>
    </message>
    <message>
        <source>between doses</source>
        <translation>entre dosis</translation>
    </message>
    <message>
        <source>&amp;Most in 24 hours:</source>
        <translation>Má&amp;ximo en 24 horas:</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>The backup could not be saved ({reason}). {advice} Your record itself is safe.</source>
        <translation>No se pudo guardar la copia de seguridad ({reason}). {advice} Su registro en sí está a salvo.</translation>
    </message>
    <message>
        <source>No backup was made: your care record is damaged. Your earlier backups are untouched. Use File &gt; Restore from backup... to bring back the newest one.</source>
        <translation>No se hizo ninguna copia de seguridad: su registro de atención está dañado. Sus copias de seguridad anteriores no se tocaron. Use Archivo &gt; Restaurar desde una copia de seguridad... para recuperar la más reciente.</translation>
    </message>
    <message>
        <source>The backup could not be saved ({reason}). Free some disk space, or choose another place, and try again. Your record itself is safe.</source>
        <translation>No se pudo guardar la copia de seguridad ({reason}). Libere espacio en el disco, o elija otro lugar, e intente de nuevo. Su registro en sí está a salvo.</translation>
    </message>
    <message>
        <source>The backup could not be made ({reason}). Your record itself is safe.</source>
        <translation>No se pudo hacer la copia de seguridad ({reason}). Su registro en sí está a salvo.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Copia de seguridad hecha en {file}.</translation>
    </message>
    <message>
        <source>Your care record was backed up to:
{file}

Care Companion keeps the newest copy of each of the last {daily} days, {weekly} weeks and {monthly} months in that folder.</source>
        <translation>Se hizo una copia de seguridad de su registro de atención en:
{file}

Care Companion guarda en esa carpeta la copia más reciente de cada uno de los últimos {daily} días, {weekly} semanas y {monthly} meses.</translation>
    </message>
    <message>
        <source>Save a backup to</source>
        <translation>Guardar una copia de seguridad en</translation>
    </message>
    <message>
        <source>Care Companion backups (*.sqlite)</source>
        <translation>Copias de seguridad de Care Companion (*.sqlite)</translation>
    </message>
    <message>
        <source>Saved a backup to {file}.</source>
        <translation>Se guardó una copia de seguridad en {file}.</translation>
    </message>
    <message>
        <source>It is encrypted with the record&apos;s password: without the password it cannot be read, so keep the password safe too.</source>
        <translation>Está cifrada con la contraseña del registro: sin la contraseña no se puede leer, así que guarde también la contraseña en un lugar seguro.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: anyone who has this file can read the record.</source>
        <translation>Guárdela en un lugar seguro: cualquier persona que tenga este archivo puede leer el registro.</translation>
    </message>
    <message>
        <source>A backup of your care record was saved to:
{file}

{safety} To bring it back, use File &gt; Restore from backup... &gt; Another file.</source>
        <translation>Se guardó una copia de seguridad de su registro de atención en:
{file}

{safety} Para recuperarla, use Archivo &gt; Restaurar desde una copia de seguridad... &gt; Otro archivo.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Your record was not changed.</source>
        <translation>No se pudo restaurar la copia de seguridad ({reason}). Su registro no cambió.</translation>
    </message>
    <message>
        <source>Restored the backup of {date}.</source>
        <translation>Se restauró la copia de seguridad del {date}.</translation>
    </message>
    <message>
        <source>Restored the backup of {date}. Your record as it was just before is kept in the backups folder as {file}.</source>
        <translation>Se restauró la copia de seguridad del {date}. Su registro tal como estaba justo antes se guarda en la carpeta de copias de seguridad como {file}.</translation>
    </message>
    <message>
        <source>Restored the backup of {date}. Your damaged record was not deleted: it is kept, renamed, as:
{file}</source>
        <translation>Se restauró la copia de seguridad del {date}. Su registro dañado no se borró: se conserva, con otro nombre, como:
{file}</translation>
    </message>
    <message>
        <source>Check my data</source>
        <translation>Revisar mis datos</translation>
    </message>
    <message>
        <source>The check could not run ({reason}).</source>
        <translation>No se pudo hacer la revisión ({reason}).</translation>
    </message>
    <message>
        <source>The newest backup is from {date}.</source>
        <translation>La copia de seguridad más reciente es del {date}.</translation>
    </message>
    <message>
        <source>There is no backup yet; File &gt; Back up now makes one.</source>
        <translation>Todavía no hay ninguna copia de seguridad; Archivo &gt; Hacer una copia de seguridad ahora crea una.</translation>
    </message>
    <message>
        <source>Your care record passed a full check: no damage was found.</source>
        <translation>Su registro de atención pasó una revisión completa: no se encontró ningún daño.</translation>
    </message>
    <message>
        <source>The check found damage in your care record ({file}). Do not delete anything. Restore the newest backup with File &gt; Restore from backup...; Care Companion keeps the damaged record as a backup before restoring.</source>
        <translation>La revisión encontró daños en su registro de atención ({file}). No borre nada. Restaure la copia de seguridad más reciente con Archivo &gt; Restaurar desde una copia de seguridad...; Care Companion guarda el registro dañado como copia de seguridad antes de restaurar.</translation>
    </message>
    <message>
        <source>Restore from backup...</source>
        <translation>Restaurar desde una copia de seguridad...</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>there is no care record in {folder} yet</source>
        <translation>todavía no hay ningún registro de atención en {folder}</translation>
    </message>
    <message>
        <source>Backed up the care record to {file} ({contents}).</source>
        <translation>Se hizo una copia de seguridad del registro de atención en {file} ({contents}).</translation>
    </message>
    <message>
        <source>The care record was damaged; it was kept, renamed, as {file}.</source>
        <translation>El registro de atención estaba dañado; se conservó, con otro nombre, como {file}.</translation>
    </message>
    <message>
        <source>Restored the backup of {date} ({contents}).</source>
        <translation>Se restauró la copia de seguridad del {date} ({contents}).</translation>
    </message>
    <message>
        <source>The record as it was before is kept as {file}.</source>
        <translation>El registro tal como estaba antes se guarda como {file}.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The care record is damaged, so no backup was made ({problem}). Your earlier backups are untouched; restore the newest one.</source>
        <translation>El registro de atención está dañado, así que no se hizo ninguna copia de seguridad ({problem}). Sus copias de seguridad anteriores no se tocaron; restaure la más reciente.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {reason}. Nothing was changed.</source>
        <translation>No se puede restaurar {file}: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>it is the care record itself, not a backup of it</source>
        <translation>es el propio registro de atención, no una copia de seguridad suya</translation>
    </message>
    <message>
        <source>it is a folder; choose the backup file inside it</source>
        <translation>es una carpeta; elija el archivo de copia de seguridad que hay dentro</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <source>it is far too large to be a Care Companion backup</source>
        <translation>es demasiado grande para ser una copia de seguridad de Care Companion</translation>
    </message>
    <message>
        <source>it is not a Care Companion backup</source>
        <translation>no es una copia de seguridad de Care Companion</translation>
    </message>
    <message>
        <source>the file is damaged ({problem})</source>
        <translation>el archivo está dañado ({problem})</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Care Companion; install that version first</source>
        <translation>se guardó con una versión más nueva de Care Companion; instale primero esa versión</translation>
    </message>
    <message>
        <source>its contents cannot be read ({reason})</source>
        <translation>no se puede leer su contenido ({reason})</translation>
    </message>
    <message>
        <source>the password does not open it (it may have been made under another password, or be damaged)</source>
        <translation>la contraseña no la abre (puede que se haya hecho con otra contraseña o que esté dañada)</translation>
    </message>
    <message>
        <source>it is protected by a password (or damaged); type the password it was made with</source>
        <translation>está protegida con una contraseña (o dañada); escriba la contraseña con la que se hizo</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Your damaged record is back in its place, but it could not be opened again ({problem}). Make room on the disk, then close Care Companion and open it again.</source>
        <translation>No se pudo restaurar la copia de seguridad ({reason}). Su registro dañado está de nuevo en su lugar, pero no se pudo volver a abrir ({problem}). Libere espacio en el disco y después cierre Care Companion y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Care Companion now shows a new, empty record.</source>
        <translation>Care Companion muestra ahora un registro nuevo y vacío.</translation>
    </message>
    <message>
        <source>Care Companion cannot show a record now: close it and open it again.</source>
        <translation>Care Companion no puede mostrar ningún registro ahora: ciérrelo y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}), and your damaged record could not be put back ({problem}). It is not deleted: it is kept, renamed, as:
{file}

{shown} Make room on the disk (or plug the backup&apos;s disk in again), then use File &gt; Restore from backup... again.</source>
        <translation>No se pudo restaurar la copia de seguridad ({reason}), y su registro dañado no se pudo volver a poner en su lugar ({problem}). No se borró: se conserva, con otro nombre, como:
{file}

{shown} Libere espacio en el disco (o vuelva a conectar el disco de la copia de seguridad) y use de nuevo Archivo &gt; Restaurar desde una copia de seguridad...</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}), and your damaged record could not be put back whole ({problem}). None of its files is deleted; they are now:
{files}

Care Companion cannot show a record now. Make room on the disk, close Care Companion, and keep these files together for whoever helps you rescue the record.</source>
        <translation>No se pudo restaurar la copia de seguridad ({reason}), y su registro dañado no se pudo volver a poner entero en su lugar ({problem}). No se borró ninguno de sus archivos; ahora están en:
{files}

Care Companion no puede mostrar ningún registro ahora. Libere espacio en el disco, cierre Care Companion y conserve estos archivos juntos para quien le ayude a rescatar el registro.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{entries}, {contacts}, {appointments}; latest entry {latest}</source>
        <translation>{entries}, {contacts}, {appointments}; última entrada: {latest}</translation>
    </message>
</context>
<context>
    <name>BannerStack</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>skipped event {position} ({summary}): {reason}</source>
        <translation>se omitió el evento {position} ({summary}): {reason}</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>{imported}, {updated}, {skipped}</source>
        <translation>{imported}, {updated}, {skipped}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n appointments</source>
        <translation>
            <numerusform>%n cita importada</numerusform>
            <numerusform>%n citas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n events</source>
        <translation>
            <numerusform>%n evento omitido</numerusform>
            <numerusform>%n eventos omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n appointments to {file}</source>
        <translation>
            <numerusform>se exportó %n cita a {file}</numerusform>
            <numerusform>se exportaron %n citas a {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the file&apos;s %n events can be imported; the first, event {position} ({summary}): {reason}. Nothing was imported.</source>
        <translation>
            <numerusform>Ninguno de los %n eventos del archivo se puede importar; el primero, evento {position} ({summary}): {reason}. No se importó nada.</numerusform>
            <numerusform>Ninguno de los %n eventos del archivo se puede importar; el primero, evento {position} ({summary}): {reason}. No se importó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Archivos de calendario (*.ics *.ical *.ifb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}). Nothing was imported.</source>
        <translation>No se pudo abrir {file} ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <source>The appointments could not be saved ({reason}). Nothing was imported.</source>
        <translation>No se pudieron guardar las citas ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <source>Show Details to see what was skipped or assumed.</source>
        <translation>Pulse Mostrar detalles para ver qué se omitió y qué se dio por supuesto.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <source>Every 3 weeks</source>
        <translation>Cada 3 semanas</translation>
    </message>
    <message>
        <source>Every month, on the same date</source>
        <translation>Cada mes, en la misma fecha</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>A la hora de inicio</translation>
    </message>
    <message>
        <source>All day, until {day}</source>
        <translation>Todo el día, hasta el {day}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <source>Tomorrow, {day}</source>
        <translation>Mañana, {day}</translation>
    </message>
    <message>
        <source>Yesterday, {day}</source>
        <translation>Ayer, {day}</translation>
    </message>
    <message>
        <source>{name} drives; pick-up at {time}</source>
        <translation>{name} maneja; hora de recogida: {time}</translation>
    </message>
    <message>
        <source>{name} drives</source>
        <translation>{name} maneja</translation>
    </message>
    <message>
        <source>Pick-up at {time}</source>
        <translation>Hora de recogida: {time}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Oncology and palliative visits, treatments, scans and lab work: the month, with the days that have something booked marked, and the chosen day&apos;s visits followed by the next four weeks.</source>
        <translation>Visitas de oncología y de cuidados paliativos, tratamientos, estudios de imagen y análisis de laboratorio: el mes, con los días que tienen algo programado marcados, y las visitas del día elegido seguidas de las próximas cuatro semanas.</translation>
    </message>
    <message>
        <source>&amp;New appointment...</source>
        <translation>Nueva c&amp;ita...</translation>
    </message>
    <message>
        <source>Add a visit, test or treatment (Ctrl+Shift+A)</source>
        <translation>Agregar una visita, un estudio o un tratamiento (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Eliminar...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Edita&amp;r...</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Show today (Ctrl+T)</source>
        <translation>Mostrar hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ne&amp;xt appointment</source>
        <translation>&amp;Siguiente cita</translation>
    </message>
    <message>
        <source>Show the next appointment (Ctrl+J)</source>
        <translation>Mostrar la siguiente cita (Ctrl+J)</translation>
    </message>
    <message>
        <source>Month; days with appointments are shaded and bold</source>
        <translation>Mes; los días con citas aparecen sombreados y en negrita</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Shaded, bold days have appointments. Arrow keys move between days; Enter adds an appointment on the chosen day.</source>
        <translation>Los días sombreados y en negrita tienen citas. Las teclas de flecha pasan de un día a otro; Enter agrega una cita en el día elegido.</translation>
    </message>
    <message>
        <source>Nothing is booked yet. To start, have the appointment letters or the clinic&apos;s patient portal at hand and click New appointment (Ctrl+Shift+A) for each visit, or bring in a calendar file with File &gt; Import calendar.</source>
        <translation>Todavía no hay nada programado. Para empezar, tenga a mano las cartas de las citas o el portal del paciente de la clínica y haga clic en Nueva cita (Ctrl+Shift+A) para cada visita, o traiga un archivo de calendario con Archivo &gt; Importar calendario.</translation>
    </message>
    <message>
        <source>Choose an appointment in the agenda to see it in full here.</source>
        <translation>Elija una cita en la agenda para verla completa aquí.</translation>
    </message>
    <message>
        <source>No appointment is booked after this one.</source>
        <translation>No hay ninguna cita programada después de esta.</translation>
    </message>
    <message>
        <source>Saved {title}.</source>
        <translation>Se guardó {title}.</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Eliminar cita</translation>
    </message>
    <message>
        <source>Delete {title} on {when}? You can bring it back with Edit &gt; Undo until you close Care Companion.</source>
        <translation>¿Eliminar {title} del {when}? Puede recuperarla con Editar &gt; Deshacer hasta que cierre Care Companion.</translation>
    </message>
    <message>
        <source>The appointment could not be deleted ({reason}). Nothing was changed.</source>
        <translation>No se pudo eliminar la cita ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Deleted. Edit &gt; Undo brings it back.</source>
        <translation>Eliminada. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>Agregar {title}</translation>
    </message>
    <message>
        <source>Change {title}</source>
        <translation>Cambiar {title}</translation>
    </message>
    <message>
        <source>Change one visit of {title}</source>
        <translation>Cambiar una visita de {title}</translation>
    </message>
    <message>
        <source>Change {title} from this visit on</source>
        <translation>Cambiar {title} desde esta visita</translation>
    </message>
    <message>
        <source>Delete one visit of {title}</source>
        <translation>Eliminar una visita de {title}</translation>
    </message>
    <message>
        <source>Delete {title} from this visit on</source>
        <translation>Eliminar {title} desde esta visita</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Eliminar {title}</translation>
    </message>
</context>
<context>
    <name>CareTeamTab</name>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar a {name}</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <source>The people on the care team and how to reach them, with the person to call first for symptoms and every after-hours line at the top.</source>
        <translation>Las personas del equipo de atención y cómo comunicarse con ellas, con la persona a quien llamar primero por síntomas y todas las líneas fuera de horario al principio.</translation>
    </message>
    <message>
        <source>In an emergency, call 911 (or your local emergency number).</source>
        <translation>En una emergencia, marque el 911 (o el número de emergencias de su localidad).</translation>
    </message>
    <message>
        <source>Search by name, role, clinic or phone</source>
        <translation>Buscar por nombre, función, clínica o teléfono</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>&amp;Add a contact...</source>
        <translation>A&amp;gregar un contacto...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Ed&amp;itar...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Care team contacts</source>
        <translation>Contactos del equipo de atención</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>Llamar por</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Se copió {text}</translation>
    </message>
    <message>
        <source>{name} (emergency contact)</source>
        <translation>{name} (contacto de emergencia)</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>Llamar primero por síntomas</translation>
    </message>
    <message>
        <source>After-hours and 24-hour lines</source>
        <translation>Líneas fuera de horario y de 24 horas</translation>
    </message>
    <message>
        <source>No role given</source>
        <translation>Sin función indicada</translation>
    </message>
    <message>
        <source>No one is listed yet. To start, click Add a contact and copy the names and numbers from the clinic&apos;s cards and letters, or import a contact file (.vcf) with File &gt; Import contacts.</source>
        <translation>Todavía no hay nadie en la lista. Para empezar, haga clic en Agregar un contacto y copie los nombres y números de las tarjetas y cartas de la clínica, o importe un archivo de contactos (.vcf) con Archivo &gt; Importar contactos.</translation>
    </message>
    <message>
        <source>No contact matches “{text}”. Clear the search to see everyone.</source>
        <translation>Ningún contacto coincide con “{text}”. Borre la búsqueda para ver a todos.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Delete {name} from the care team list? You can bring them back with Edit &gt; Undo until you close Care Companion.</source>
        <translation>¿Eliminar a {name} de la lista del equipo de atención? Puede recuperar el contacto con Editar &gt; Deshacer hasta que cierre Care Companion.</translation>
    </message>
    <message>
        <source>{name} could not be deleted ({reason}). Nothing was changed.</source>
        <translation>No se pudo eliminar a {name} ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Deleted {name}. Edit &gt; Undo brings them back.</source>
        <translation>Se eliminó a {name}. Editar &gt; Deshacer recupera el contacto.</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <source>Print medicine chart</source>
        <translation>Imprimir la hoja de medicación</translation>
    </message>
    <message>
        <source>A week of the medicines by the clock, Monday to Sunday, with a box for each dose, the as-needed limits, allergies and the number to call first.</source>
        <translation>Una semana de los medicamentos con horario, de lunes a domingo, con una casilla para cada dosis, los límites de los medicamentos a demanda, las alergias y el número al que llamar primero.</translation>
    </message>
    <message>
        <source>Choose a date between 1900 and 2200.</source>
        <translation>Elija una fecha entre 1900 y 2200.</translation>
    </message>
    <message>
        <source>A day of the week to print</source>
        <translation>Un día de la semana que se va a imprimir</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Semana del:</translation>
    </message>
    <message>
        <source>&amp;Blank, to fill in by hand</source>
        <translation>En &amp;blanco, para rellenar a mano</translation>
    </message>
    <message>
        <source>&amp;Filled in from the log</source>
        <translation>&amp;Rellenada con el registro</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (try &apos;{prog} --help&apos;)</source>
        <translation>{message} (pruebe con &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>Care Companion keeps a family&apos;s palliative care record: the care team, a symptom diary, appointments and questions. With no command it opens the window.</source>
        <translation>Care Companion guarda el registro de cuidados paliativos de una familia: el equipo de atención, un diario de síntomas, las citas y las preguntas. Sin ningún comando, abre la ventana.</translation>
    </message>
    <message>
        <source>use the care record in DIR instead of the usual folder (also set by the CAREGIVER_APP_DATA_DIR environment variable)</source>
        <translation>usar el registro de atención que está en DIR en lugar de la carpeta habitual (también se puede indicar con la variable de entorno CAREGIVER_APP_DATA_DIR)</translation>
    </message>
    <message>
        <source>read the care record&apos;s password from the first line of standard input (and a backup&apos;s own password, when it has another one, from the second), instead of asking for it</source>
        <translation>leer la contraseña del registro de atención de la primera línea de la entrada estándar (y la contraseña propia de una copia de seguridad, cuando tiene otra, de la segunda), en lugar de pedirla</translation>
    </message>
    <message>
        <source>open a fictional demo record in a throwaway folder; your own record is never touched</source>
        <translation>abrir un registro de demostración ficticio en una carpeta temporal; su propio registro nunca se toca</translation>
    </message>
    <message>
        <source>check that this installation works (the window, the summary, the translations, a record with and without a password) in a throwaway folder, one line per check; your own record is never opened</source>
        <translation>comprueba que esta instalación funciona (la ventana, el resumen, las traducciones, un registro con y sin contraseña) en una carpeta desechable, una línea por comprobación; su propio registro nunca se abre</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>{reason}: {path}. {advice}</source>
        <translation>{reason}: {path}. {advice}</translation>
    </message>
    <message>
        <source>show where the care record is kept and what it holds</source>
        <translation>mostrar dónde se guarda el registro de atención y qué contiene</translation>
    </message>
    <message>
        <source>Show where the care record is kept and what it holds.</source>
        <translation>Mostrar dónde se guarda el registro de atención y qué contiene.</translation>
    </message>
    <message>
        <source>import, export or print the care team contacts</source>
        <translation>importar, exportar o imprimir los contactos del equipo de atención</translation>
    </message>
    <message>
        <source>Import, export or print the care team contacts.</source>
        <translation>Importar, exportar o imprimir los contactos del equipo de atención.</translation>
    </message>
    <message>
        <source>add the contacts of a .vcf file, merging people already listed</source>
        <translation>agregar los contactos de un archivo .vcf, combinando a las personas que ya están en la lista</translation>
    </message>
    <message>
        <source>Add the contacts of a vCard (.vcf) file from Outlook, Apple or Google Contacts. A person already listed (same name and a shared phone or email, or the same name on a card with neither) is merged, not duplicated. Cards that cannot be read are skipped and listed.</source>
        <translation>Agregar los contactos de un archivo vCard (.vcf) de Outlook, Apple o Google Contactos. Una persona que ya está en la lista (mismo nombre y un teléfono o correo electrónico en común, o el mismo nombre en una tarjeta que no tiene ni teléfono ni correo electrónico) se combina, no se duplica. Las tarjetas que no se pueden leer se omiten y se enumeran.</translation>
    </message>
    <message>
        <source>the .vcf file to read</source>
        <translation>el archivo .vcf que se va a leer</translation>
    </message>
    <message>
        <source>save the contacts as a vCard 3.0 (.vcf) file</source>
        <translation>guardar los contactos en un archivo vCard 3.0 (.vcf)</translation>
    </message>
    <message>
        <source>Save the contacts as a vCard 3.0 file that address books import.</source>
        <translation>Guardar los contactos en un archivo vCard 3.0 que las libretas de direcciones pueden importar.</translation>
    </message>
    <message>
        <source>the .vcf file to write</source>
        <translation>el archivo .vcf que se va a escribir</translation>
    </message>
    <message>
        <source>only contacts whose name, role, clinic or phone matches TEXT</source>
        <translation>solo los contactos cuyo nombre, función, clínica o teléfono coincide con TEXT</translation>
    </message>
    <message>
        <source>make the one-page &apos;Who to call&apos; sheet (PDF)</source>
        <translation>crear la hoja de una página &apos;A quién llamar&apos; (PDF)</translation>
    </message>
    <message>
        <source>Make the one-page &apos;Who to call&apos; sheet as a PDF, ready to print.</source>
        <translation>Crear la hoja de una página &apos;A quién llamar&apos; en PDF, lista para imprimir.</translation>
    </message>
    <message>
        <source>the .pdf file to write</source>
        <translation>el archivo .pdf que se va a escribir</translation>
    </message>
    <message>
        <source>not understood after &apos;{prog}&apos;: {words} (try &apos;{prog} --help&apos;)</source>
        <translation>no se entiende lo que sigue a &apos;{prog}&apos;: {words} (pruebe con &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>paper size (default: the one last chosen in the visit summary, else the one used in the system&apos;s country)</source>
        <translation>tamaño del papel (predeterminado: el último elegido en el resumen de la visita; si no, el que se usa en el país del sistema)</translation>
    </message>
    <message>
        <source>the password given is not UTF-8 text; set the terminal, or the file piped in, to UTF-8 and try again. Nothing was changed.</source>
        <translation>la contraseña indicada no es texto UTF-8; configure la terminal, o el archivo que envía por una tubería, en UTF-8 e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>--password-stdin: no password was given</source>
        <translation>--password-stdin: no se indicó ninguna contraseña</translation>
    </message>
    <message>
        <source>the care record is protected by a password: run the command in a terminal to type it, or pipe it in with --password-stdin</source>
        <translation>el registro de atención está protegido con una contraseña: ejecute el comando en una terminal para escribirla, o envíela por una tubería con --password-stdin</translation>
    </message>
    <message>
        <source>Password of the care record: </source>
        <translation>Contraseña del registro de atención: </translation>
    </message>
    <message>
        <source>make a backup of the care record now</source>
        <translation>hacer ahora una copia de seguridad del registro de atención</translation>
    </message>
    <message>
        <source>Copy the care record safely (SQLite&apos;s backup API, then a full check) into the backups folder beside it, or to FILE with -o (a USB stick, say).</source>
        <translation>Copiar el registro de atención de forma segura (con la API de copias de seguridad de SQLite y luego una revisión completa) en la carpeta de copias de seguridad que está a su lado, o en FILE con -o (por ejemplo, una memoria USB).</translation>
    </message>
    <message>
        <source>write the backup to FILE instead</source>
        <translation>escribir la copia de seguridad en FILE en su lugar</translation>
    </message>
    <message>
        <source>replace the care record with a backup (the record as it is is kept)</source>
        <translation>reemplazar el registro de atención con una copia de seguridad (se conserva el registro tal como está)</translation>
    </message>
    <message>
        <source>Replace the care record with the backup FILE. The file is checked first; one that is not a good Care Companion backup is refused and nothing changes. The record as it was is kept in the backups folder first.</source>
        <translation>Reemplazar el registro de atención con la copia de seguridad FILE. Primero se revisa el archivo; si no es una copia de seguridad válida de Care Companion, se rechaza y no cambia nada. Antes de restaurar, el registro tal como estaba se guarda en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>el archivo de copia de seguridad que se va a restaurar</translation>
    </message>
    <message>
        <source>check the care record for damage (exit code 3 if damaged)</source>
        <translation>revisar si el registro de atención está dañado (código de salida 3 si lo está)</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the care record, without changing it. Exit code 3 means the record is damaged; restore a backup.</source>
        <translation>Hacer la verificación completa de integridad de SQLite en el registro de atención, sin cambiarlo. El código de salida 3 significa que el registro está dañado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>the demo record is thrown away when the command ends, and a backup beside it would be too; give -o FILE to keep a copy</source>
        <translation>el registro de demostración se descarta al terminar la orden, y una copia de seguridad junto a él también; indique -o FILE para conservar una copia</translation>
    </message>
    <message>
        <source>Password of the backup {file}: </source>
        <translation>Contraseña de la copia de seguridad {file}: </translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>no se puede leer {file} ({reason})</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; name the file inside it</source>
        <translation>{file} es una carpeta, no un archivo; indique el archivo que hay dentro</translation>
    </message>
    <message>
        <source>the care record is in use by another program (the Care Companion window, or another command); waiting for it to be free...</source>
        <translation>otro programa está usando el registro de atención (la ventana de Care Companion u otra orden); esperando a que quede libre...</translation>
    </message>
    <message>
        <source>{file} is not a Care Companion backup, or it has a password: to type the password, run the command in a terminal or pipe it in with --password-stdin. Nothing was changed.</source>
        <translation>{file} no es una copia de seguridad de Care Companion, o tiene contraseña: para escribir la contraseña, ejecute la orden en una terminal o pásela con --password-stdin. No se cambió nada.</translation>
    </message>
    <message>
        <source>there is no day {value} in the calendar; give a date like 2026-11-29</source>
        <translation>el día {value} no existe en el calendario; indique una fecha como 2026-11-29</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-11-29</source>
        <translation>{value} no es una fecha como 2026-11-29</translation>
    </message>
    <message>
        <source>export or import the symptom diary as a CSV file</source>
        <translation>exportar o importar el diario de síntomas como archivo CSV</translation>
    </message>
    <message>
        <source>Export or import the symptom diary as a CSV file (UTF-8, one row per entry) that spreadsheets open.</source>
        <translation>Exportar o importar el diario de síntomas como archivo CSV (UTF-8, una fila por entrada) que las hojas de cálculo pueden abrir.</translation>
    </message>
    <message>
        <source>save the diary entries as a CSV file</source>
        <translation>guardar las entradas del diario en un archivo CSV</translation>
    </message>
    <message>
        <source>Save the diary entries, oldest first, as a CSV file: the time, who completed the entry, the ESAS-r scores, the other problem, the note, then any vital signs and custom trackers.</source>
        <translation>Guardar las entradas del diario, de la más antigua a la más reciente, en un archivo CSV: la hora, quién completó la entrada, las puntuaciones ESAS-r, el otro problema, la nota, y después los signos vitales y los síntomas adicionales que se siguen.</translation>
    </message>
    <message>
        <source>the .csv file to write</source>
        <translation>el archivo .csv que se va a escribir</translation>
    </message>
    <message>
        <source>only entries on or after this day (2026-11-29)</source>
        <translation>solo las entradas de este día o posteriores (2026-11-29)</translation>
    </message>
    <message>
        <source>only entries on or before this day (2026-11-29)</source>
        <translation>solo las entradas de este día o anteriores (2026-11-29)</translation>
    </message>
    <message>
        <source>add the entries of a diary CSV file</source>
        <translation>agregar las entradas de un archivo CSV del diario</translation>
    </message>
    <message>
        <source>Add the entries of a diary CSV file. The whole file is checked first: a file with any problem is refused, naming the row and column, and nothing is imported. Entries already in the diary are not added twice.</source>
        <translation>Agregar las entradas de un archivo CSV del diario. Primero se revisa todo el archivo: si tiene algún problema, se rechaza indicando la fila y la columna, y no se importa nada. Las entradas que ya están en el diario no se agregan dos veces.</translation>
    </message>
    <message>
        <source>the .csv file to read</source>
        <translation>el archivo .csv que se va a leer</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from no debe ser posterior a --to</translation>
    </message>
    <message>
        <source>import or export appointments as an iCalendar (.ics) file</source>
        <translation>importar o exportar citas como archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Import or export appointments as an iCalendar (.ics) file, the format Google Calendar, Outlook and Apple Calendar read and write.</source>
        <translation>Importar o exportar citas como archivo iCalendar (.ics), el formato que leen y escriben Google Calendar, Outlook y Apple Calendar.</translation>
    </message>
    <message>
        <source>add the events of an .ics file; events already imported are updated</source>
        <translation>agregar los eventos de un archivo .ics; los eventos que ya se importaron se actualizan</translation>
    </message>
    <message>
        <source>Add the events of an .ics file from Google Calendar, Outlook or Apple Calendar. An event imported before (same UID) is updated, not duplicated. Events that cannot be read are skipped and listed.</source>
        <translation>Agregar los eventos de un archivo .ics de Google Calendar, Outlook o Apple Calendar. Un evento importado antes (mismo UID) se actualiza, no se duplica. Los eventos que no se pueden leer se omiten y se enumeran.</translation>
    </message>
    <message>
        <source>the .ics file to read</source>
        <translation>el archivo .ics que se va a leer</translation>
    </message>
    <message>
        <source>save the appointments as an .ics file</source>
        <translation>guardar las citas en un archivo .ics</translation>
    </message>
    <message>
        <source>Save the appointments, with their repeats and reminders, as an .ics file that other calendars import.</source>
        <translation>Guardar las citas, con sus repeticiones y recordatorios, en un archivo .ics que otros calendarios pueden importar.</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>el archivo .ics que se va a escribir</translation>
    </message>
    <message>
        <source>only appointments with a visit on or after this day (2026-11-29)</source>
        <translation>solo las citas con alguna visita en este día o después (2026-11-29)</translation>
    </message>
    <message>
        <source>only appointments with a visit on or before this day (2026-11-29)</source>
        <translation>solo las citas con alguna visita en este día o antes (2026-11-29)</translation>
    </message>
    <message>
        <source>make the visit summary to hand to the care team (PDF)</source>
        <translation>crear el resumen de la visita para entregar al equipo de atención (PDF)</translation>
    </message>
    <message>
        <source>Make the visit summary as a PDF for the days from --from to --to (both included). Page 1: who, the period, diagnosis and allergies, the main concerns (as kept from last time), symptom scores with their change and trends, vital signs, breakthrough doses by day and by hour, medicines and their changes, and the alerts raised. Page 2: upcoming appointments, open questions, key contacts, the diary notes marked for the team or written on a day with a severe score (newest first, as many as fit) and a box for the plan. --appendix adds every note or every dose.</source>
        <translation>Crea el resumen de la visita en PDF para los días de --from a --to (ambos incluidos). Página 1: quién, el período, el diagnóstico y las alergias, las preocupaciones principales (las guardadas la última vez), las puntuaciones de síntomas con su cambio y tendencias, los signos vitales, las dosis de rescate por día y por hora, los medicamentos y sus cambios, y las alertas. Página 2: las próximas citas, las preguntas abiertas, los contactos clave, las notas del diario marcadas para el equipo o escritas un día con una puntuación grave (las más recientes primero, las que quepan) y un recuadro para el plan. --appendix añade todas las notas o todas las dosis.</translation>
    </message>
    <message>
        <source>the first day of the period (2026-11-01)</source>
        <translation>el primer día del período (2026-11-01)</translation>
    </message>
    <message>
        <source>the last day of the period (2026-11-29)</source>
        <translation>el último día del período (2026-11-29)</translation>
    </message>
    <message>
        <source>only these sections, comma-separated: concerns,symptoms,doses,medicines,notes,appointments,questions,contacts (default: all)</source>
        <translation>solo estas secciones, separadas por comas: concerns,symptoms,doses,medicines,notes,appointments,questions,contacts (predeterminado: todas)</translation>
    </message>
    <message>
        <source>print only the diary notes marked for the team</source>
        <translation>imprimir solo las notas del diario marcadas para el equipo</translation>
    </message>
    <message>
        <source>add appendices after the summary, comma-separated: notes (every diary note of the period), doses (every breakthrough dose)</source>
        <translation>añade apéndices después del resumen, separados por comas: notes (todas las notas del diario del período), doses (todas las dosis de rescate)</translation>
    </message>
    <message>
        <source>Care record: {path}</source>
        <translation>Registro de atención: {path}</translation>
    </message>
    <message>
        <source>Record version: {version}</source>
        <translation>Versión del registro: {version}</translation>
    </message>
    <message>
        <source>Password: {state}</source>
        <translation>Contraseña: {state}</translation>
    </message>
    <message>
        <source>yes (encrypted)</source>
        <translation>sí (cifrado)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Person cared for: {name}</source>
        <translation>Persona que recibe los cuidados: {name}</translation>
    </message>
    <message>
        <source>Contacts: {count}</source>
        <translation>Contactos: {count}</translation>
    </message>
    <message>
        <source>Diary entries: {count} (latest {latest})</source>
        <translation>Entradas del diario: {count} (la más reciente: {latest})</translation>
    </message>
    <message>
        <source>Appointments: {count}</source>
        <translation>Citas: {count}</translation>
    </message>
    <message>
        <source>--demo and --data-dir cannot be used together</source>
        <translation>--demo y --data-dir no se pueden usar juntos</translation>
    </message>
    <message>
        <source>unexpected error: {error}. Please report it with the details below.</source>
        <translation>error inesperado: {error}. Infórmelo con los detalles que aparecen abajo.</translation>
    </message>
    <message>
        <source>export the medicine log, or make the weekly medicine chart</source>
        <translation>exportar el registro de medicación o hacer la hoja semanal de medicación</translation>
    </message>
    <message>
        <source>Export the log of scheduled and as-needed doses (CSV, or FHIR R4 JSON for clinical systems), or make the weekly medicine chart to print (PDF).</source>
        <translation>Exporta el registro de las dosis programadas y a demanda (CSV, o FHIR R4 JSON para sistemas clínicos), o hace la hoja semanal de medicación para imprimir (PDF).</translation>
    </message>
    <message>
        <source>save the medicine log as a CSV or FHIR file</source>
        <translation>guardar el registro de medicación como archivo CSV o FHIR</translation>
    </message>
    <message>
        <source>Save the medicine log, oldest first: one row per scheduled dose that came due (given, given late, skipped, refused, or not_logged when nobody answered) and one per as-needed dose. Without --from, from the first dose logged.</source>
        <translation>Guarda el registro de medicación, de lo más antiguo a lo más reciente: una fila por cada dosis programada que llegó a su hora (given, given_late, skipped, refused, o not_logged si nadie respondió) y una por cada dosis a demanda. Sin --from, desde la primera dosis registrada.</translation>
    </message>
    <message>
        <source>the .csv (or, with --fhir, .json) file to write</source>
        <translation>el archivo .csv (o, con --fhir, .json) que se va a escribir</translation>
    </message>
    <message>
        <source>only doses on or after this day (2026-11-29)</source>
        <translation>solo las dosis de este día en adelante (2026-11-29)</translation>
    </message>
    <message>
        <source>only doses on or before this day (2026-11-29)</source>
        <translation>solo las dosis hasta este día incluido (2026-11-29)</translation>
    </message>
    <message>
        <source>write a FHIR R4 Bundle of MedicationAdministration resources (JSON)</source>
        <translation>escribir un Bundle FHIR R4 de recursos MedicationAdministration (JSON)</translation>
    </message>
    <message>
        <source>make the weekly medicine chart (PDF)</source>
        <translation>hacer la hoja semanal de medicación (PDF)</translation>
    </message>
    <message>
        <source>Make the weekly medicine chart: each medicine at each dose time for the seven days from Monday, with a box to initial, the as-needed limits, allergies and the number to call first. With --week, the chart of that week filled in from the log; without it, a blank chart of this week.</source>
        <translation>Hace la hoja semanal de medicación: cada medicamento en cada hora de dosis durante los siete días desde el lunes, con una casilla para poner las iniciales, los límites de los medicamentos a demanda, las alergias y el número al que llamar primero. Con --week, la hoja de esa semana rellenada con el registro; sin ella, una hoja en blanco de esta semana.</translation>
    </message>
    <message>
        <source>a day of the week to fill in from the log (2026-11-29)</source>
        <translation>un día de la semana que se rellenará con el registro (2026-11-29)</translation>
    </message>
    <message>
        <source>leave the boxes empty, to fill in by hand, even with --week</source>
        <translation>dejar las casillas vacías, para rellenarlas a mano, incluso con --week</translation>
    </message>
    <message>
        <source>start sharing this record into an empty folder</source>
        <translation>empezar a compartir este registro en una carpeta vacía</translation>
    </message>
    <message>
        <source>Start sharing this care record into an empty folder and set the family passphrase; the other computers then join.</source>
        <translation>Empieza a compartir este registro de cuidados en una carpeta vacía y establece la frase de contraseña familiar; después los demás ordenadores se unen.</translation>
    </message>
    <message>
        <source>build this empty record from a family folder and share through it</source>
        <translation>crear este registro vacío a partir de una carpeta familiar y compartir a través de ella</translation>
    </message>
    <message>
        <source>the family folder</source>
        <translation>la carpeta familiar</translation>
    </message>
    <message>
        <source>this computer&apos;s name as the family will see it (Laura&apos;s laptop)</source>
        <translation>el nombre de este ordenador tal como lo verá la familia (Portátil de Laura)</translation>
    </message>
    <message>
        <source>write this record&apos;s changes to the folder and read the others&apos;</source>
        <translation>escribir los cambios de este registro en la carpeta y leer los de los demás</translation>
    </message>
    <message>
        <source>Write this record&apos;s new changes to the family folder, read the other computers&apos; changes, and say what came in.</source>
        <translation>Escribe los cambios nuevos de este registro en la carpeta familiar, lee los cambios de los demás ordenadores y dice qué ha llegado.</translation>
    </message>
    <message>
        <source>stop sharing; the folder and this record&apos;s entries are kept</source>
        <translation>dejar de compartir; se conservan la carpeta y las entradas de este registro</translation>
    </message>
    <message>
        <source>Stop sharing this record: the folder and the family key are forgotten here. The entries stay in this record, and the folder is left as it is for the others.</source>
        <translation>Deja de compartir este registro: aquí se olvidan la carpeta y la clave familiar. Las entradas se quedan en este registro y la carpeta queda como está para los demás.</translation>
    </message>
    <message>
        <source>--password-stdin: no family passphrase was given</source>
        <translation>--password-stdin: no se indicó la frase de contraseña familiar</translation>
    </message>
    <message>
        <source>the family passphrase is needed: run the command in a terminal to type it, or pipe it in with --password-stdin</source>
        <translation>se necesita la frase de contraseña familiar: ejecuta el comando en una terminal para escribirla, o pásala con --password-stdin</translation>
    </message>
    <message>
        <source>Family passphrase: </source>
        <translation>Frase de contraseña familiar: </translation>
    </message>
    <message>
        <source>share this care record with the family through a synced folder</source>
        <translation>compartir este registro de cuidados con la familia mediante una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Share one care record between the family&apos;s computers through a folder they already sync (Syncthing, Nextcloud, Dropbox, OneDrive, a network share or a USB stick). Each computer writes its changes there, encrypted with the family passphrase, and reads the others&apos;. With --password-stdin the family passphrase is the first line of standard input, or the second line when the care record has a password of its own (that one comes first).</source>
        <translation>Comparte un mismo registro de cuidados entre los ordenadores de la familia mediante una carpeta que ya sincronizan (Syncthing, Nextcloud, Dropbox, OneDrive, una carpeta de red o una memoria USB). Cada ordenador escribe allí sus cambios, cifrados con la frase de contraseña familiar, y lee los de los demás. Con --password-stdin, la frase de contraseña familiar es la primera línea de la entrada estándar, o la segunda cuando el registro de cuidados tiene su propia contraseña (esa va primero).</translation>
    </message>
    <message>
        <source>Join a family folder another computer started: this record (new or empty) is built from what is there, then kept synced.</source>
        <translation>Se une a una carpeta familiar que empezó otro ordenador: este registro (nuevo o vacío) se crea con lo que hay allí y después se mantiene sincronizado.</translation>
    </message>
    <message>
        <source>show the family folder, the computers, and when each last synced</source>
        <translation>mostrar la carpeta familiar, los ordenadores y cuándo se sincronizó cada uno por última vez</translation>
    </message>
    <message>
        <source>Show the family folder, the computers sharing it, and when each last synced.</source>
        <translation>Muestra la carpeta familiar, los ordenadores que la comparten y cuándo se sincronizó cada uno por última vez.</translation>
    </message>
    <message>
        <source>Family passphrase again: </source>
        <translation>Repite la frase de contraseña familiar: </translation>
    </message>
    <message>
        <source>the two family passphrases differ; nothing was changed</source>
        <translation>las dos frases de contraseña familiares no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <source>This record no longer shares; its entries and the folder are kept.</source>
        <translation>Este registro ya no se comparte; se conservan sus entradas y la carpeta.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; give the family folder</source>
        <translation>{folder} es un archivo, no una carpeta; indique la carpeta familiar</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist; connect the drive it is on, or make it (empty, to start sharing), and try again</source>
        <translation>la carpeta {folder} no existe; conecte la unidad en la que está, o créela (vacía, para empezar a compartir), e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>changed on two computers: {what}; kept {device}&apos;s {time} version</source>
        <translation>cambiado en dos ordenadores: {what}; se conservó la versión de {device} de las {time}</translation>
    </message>
    <message>
        <source>This care record is not shared with a family folder.</source>
        <translation>Este registro de cuidados no se comparte con ninguna carpeta familiar.</translation>
    </message>
    <message>
        <source>Family folder: {folder}</source>
        <translation>Carpeta familiar: {folder}</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>Este ordenador: {name}</translation>
    </message>
    <message>
        <source>The family folder cannot be found at the moment.</source>
        <translation>En este momento no se encuentra la carpeta familiar.</translation>
    </message>
    <message>
        <source>synced as of {time}</source>
        <translation>sincronizado a las {time}</translation>
    </message>
    <message>
        <source>nothing read from it yet</source>
        <translation>todavía no se ha leído nada suyo</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Última sincronización: {time}</translation>
    </message>
    <message>
        <source>the title and the time only</source>
        <translation>solo el título y la hora</translation>
    </message>
    <message>
        <source>the title, the place and the time</source>
        <translation>el título, el lugar y la hora</translation>
    </message>
    <message>
        <source>everything, notes included</source>
        <translation>todo, notas incluidas</translation>
    </message>
    <message>
        <source>put the appointments and the care team on the family&apos;s phones</source>
        <translation>poner las citas y el equipo de cuidados en los teléfonos de la familia</translation>
    </message>
    <message>
        <source>Put the appointments and the care team on the family&apos;s phones through the family&apos;s own CalDAV/CardDAV server (Nextcloud, Radicale, iCloud with an app password...), and bring back changes made there. Off until set up. A server that refuses or cannot be reached is one line and exit code 2; nothing in the record is lost.</source>
        <translation>Pone las citas y el equipo de cuidados en los teléfonos de la familia a través del servidor CalDAV/CardDAV propio de la familia (Nextcloud, Radicale, iCloud con una contraseña de aplicación...) y trae de vuelta los cambios hechos allí. Desactivado hasta configurarlo. Un servidor que rechaza o no responde es una línea y el código de salida 2; no se pierde nada del registro.</translation>
    </message>
    <message>
        <source>link to the server, making the calendar if needed</source>
        <translation>conectar con el servidor, creando el calendario si hace falta</translation>
    </message>
    <message>
        <source>Link to the server at URL (https://; plain http only for a server on this computer), making the calendar and the address book when they do not exist. The server&apos;s password is asked for, or read from standard input with --password-stdin: when the care record has a password, its password is the first line and the server&apos;s the second. It is kept in the system&apos;s keyring, or in the record where there is none (encrypted only when the record has a password).</source>
        <translation>Conecta con el servidor en URL (https://; http sin cifrar solo para un servidor en este ordenador) y crea el calendario y la libreta de direcciones si no existen. Se pide la contraseña del servidor, o se lee de la entrada estándar con --password-stdin: si el registro de cuidados tiene contraseña, la suya es la primera línea y la del servidor la segunda. Se guarda en el llavero del sistema, o en el registro donde no hay llavero (cifrada solo si el registro tiene contraseña).</translation>
    </message>
    <message>
        <source>the server&apos;s address</source>
        <translation>la dirección del servidor</translation>
    </message>
    <message>
        <source>the user name on the server</source>
        <translation>el nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>the calendar to use (default: Care Companion)</source>
        <translation>el calendario que se usa (por defecto: Care Companion)</translation>
    </message>
    <message>
        <source>the address book to use (default: Care Companion); &apos;&apos; for none (iCloud keeps contacts on another server)</source>
        <translation>la libreta de direcciones que se usa (por defecto: Care Companion); &apos;&apos; para ninguna (iCloud guarda los contactos en otro servidor)</translation>
    </message>
    <message>
        <source>what leaves this computer: the title and time (title, the default), also the place (when-where), or everything including notes (all)</source>
        <translation>lo que sale de este ordenador: el título y la hora (title, por defecto), también el lugar (when-where), o todo, notas incluidas (all)</translation>
    </message>
    <message>
        <source>send changes and bring back the phones&apos; changes</source>
        <translation>enviar los cambios y traer los de los teléfonos</translation>
    </message>
    <message>
        <source>Send what changed here and bring back what changed on the phones; print what went up and what came back.</source>
        <translation>Envía lo que cambió aquí y trae lo que cambió en los teléfonos; muestra lo que se envió y lo que volvió.</translation>
    </message>
    <message>
        <source>show the server, the last sync and what waits</source>
        <translation>mostrar el servidor, la última sincronización y lo que espera</translation>
    </message>
    <message>
        <source>stop syncing and forget the server&apos;s password</source>
        <translation>dejar de sincronizar y olvidar la contraseña del servidor</translation>
    </message>
    <message>
        <source>Stop syncing and forget the server and its password; the server keeps what it has.</source>
        <translation>Deja de sincronizar y olvida el servidor y su contraseña; el servidor conserva lo que tiene.</translation>
    </message>
    <message>
        <source>the server&apos;s password is needed: run the command in a terminal to type it, or pipe it in with --password-stdin</source>
        <translation>hace falta la contraseña del servidor: ejecute la orden en un terminal para escribirla, o pásela con --password-stdin</translation>
    </message>
    <message>
        <source>Password (app password) on the server: </source>
        <translation>Contraseña (de aplicación) en el servidor: </translation>
    </message>
    <message>
        <source>Show the server, when the record last synced, and what waits.</source>
        <translation>Muestra el servidor, cuándo se sincronizó el registro por última vez y lo que espera.</translation>
    </message>
    <message>
        <source>Linked to {url} as {user}: calendar “{calendar}”, address book “{book}”.</source>
        <translation>Conectado a {url} como {user}: calendario «{calendar}», libreta de direcciones «{book}».</translation>
    </message>
    <message>
        <source>Made “{name}” on the server.</source>
        <translation>Se creó «{name}» en el servidor.</translation>
    </message>
    <message>
        <source>Sent to the phones: {what}.</source>
        <translation>Se envía a los teléfonos: {what}.</translation>
    </message>
    <message>
        <source>Run &apos;caregiver-app phones sync&apos; to send them now.</source>
        <translation>Ejecute &apos;caregiver-app phones sync&apos; para enviarlas ahora.</translation>
    </message>
    <message>
        <source>Sent to the server: {count}</source>
        <translation>Enviado al servidor: {count}</translation>
    </message>
    <message>
        <source>Came back from the phones: {count}</source>
        <translation>Vuelto de los teléfonos: {count}</translation>
    </message>
    <message>
        <source>Deleted on a phone, kept here until you decide: {title} ({when})</source>
        <translation>Borrado en un teléfono, se conserva aquí hasta que decida: {title} ({when})</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Cambios en espera: {count}</translation>
    </message>
    <message>
        <source>Phones and calendars: off</source>
        <translation>Teléfonos y calendarios: desactivado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Server: {url} (user {user})</source>
        <translation>Servidor: {url} (usuario {user})</translation>
    </message>
    <message>
        <source>In step as of: {when}</source>
        <translation>Al día desde: {when}</translation>
    </message>
    <message>
        <source>Calendar: {name}</source>
        <translation>Calendario: {name}</translation>
    </message>
    <message>
        <source>Address book: {name}</source>
        <translation>Libreta de direcciones: {name}</translation>
    </message>
    <message>
        <source>Phones and calendars: off. The server keeps what it has; this computer no longer syncs with it.</source>
        <translation>Teléfonos y calendarios: desactivado. El servidor conserva lo que tiene; este ordenador ya no se sincroniza con él.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ContactChecks</name>
    <message>
        <source>This email address does not look complete. It should look like name@example.org.</source>
        <translation>Esta dirección de correo electrónico no parece completa. Debería verse así: nombre@example.org.</translation>
    </message>
    <message>
        <source>This link does not look like a web address. Copy it again from the clinic&apos;s message; it usually starts with https://.</source>
        <translation>Este enlace no parece una dirección web. Cópielo de nuevo del mensaje de la clínica; normalmente empieza con https://.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Contact details</source>
        <translation>Datos del contacto</translation>
    </message>
    <message>
        <source>Choose a person in the list to see all their numbers and details.</source>
        <translation>Elija a una persona de la lista para ver todos sus números y datos.</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>Llamar primero por síntomas</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copiar {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Copy email {email}</source>
        <translation>Copiar el correo electrónico {email}</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Write an email to {email}</source>
        <translation>Escribir un correo electrónico a {email}</translation>
    </message>
    <message>
        <source>Video visit</source>
        <translation>Visita por video</translation>
    </message>
    <message>
        <source>Copy video link</source>
        <translation>Copiar el enlace de video</translation>
    </message>
    <message>
        <source>{hours} (partly the usual hours: not all entered)</source>
        <translation>{hours} (en parte el horario habitual: no se ingresó todo)</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open video link</source>
        <translation>Abrir el enlace de video</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>Llamar por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>Contact details form</source>
        <translation>Formulario de datos del contacto</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Horario de atención:</translation>
    </message>
    <message>
        <source>Saving takes this mark from {names}: Today, the alerts and the printouts then name this person to call first.</source>
        <translation>Al guardar, esta marca se le quita a {names}: la pestaña Hoy, las alertas y los documentos impresos indicarán entonces a esta persona como la primera a quien llamar.</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>The contact could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>No se pudo guardar el contacto ({reason}). Revise que el disco no esté lleno e intente de nuevo; lo que escribió sigue aquí.</translation>
    </message>
</context>
<context>
    <name>ContactFiles</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>Archivos de contactos (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}). Nothing was imported.</source>
        <translation>No se pudo abrir {file} ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <source>The contacts could not be saved ({reason}). Nothing was imported.</source>
        <translation>No se pudieron guardar los contactos ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <source>{imported}, {merged}, {skipped}.</source>
        <translation>{imported}, {merged}, {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contacts</source>
        <translation>
            <numerusform>Se importó %n contacto</numerusform>
            <numerusform>Se importaron %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n into people already listed</source>
        <translation>
            <numerusform>%n se combinó con personas ya en la lista</numerusform>
            <numerusform>%n se combinaron con personas ya en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n cards</source>
        <translation>
            <numerusform>se omitió %n tarjeta</numerusform>
            <numerusform>se omitieron %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n contacts to {file}.</source>
        <translation>
            <numerusform>Se guardó %n contacto en {file}.</numerusform>
            <numerusform>Se guardaron %n contactos en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card {position} ({name}): {reason}</source>
        <translation>Tarjeta {position} ({name}): {reason}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Show Details to see which cards could not be read.</source>
        <translation>Pulse Mostrar detalles para ver qué tarjetas no se pudieron leer.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Contact files (*.vcf)</source>
        <translation>Archivos de contactos (*.vcf)</translation>
    </message>
    <message>
        <source>Who to call sheet</source>
        <translation>Hoja “A quién llamar”</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the Who to call sheet to {file}.</source>
        <translation>Se guardó la hoja “A quién llamar” en {file}.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example, Dr. Amara Okafor</source>
        <translation>Por ejemplo, Dra. Amara Okafor</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Choose a role from the list or type your own.</source>
        <translation>Elija una función de la lista o escriba la suya.</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Agregar un número de teléfono</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Video visit link:</source>
        <translation>Enlace de la visita por &amp;video:</translation>
    </message>
    <message>
        <source>Video visit link</source>
        <translation>Enlace de la visita por video</translation>
    </message>
    <message>
        <source>https://... from the clinic&apos;s message</source>
        <translation>https://... del mensaje de la clínica</translation>
    </message>
    <message>
        <source>&amp;Call about:</source>
        <translation>&amp;Llamar por:</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>Llamar por</translation>
    </message>
    <message>
        <source>&amp;Organization or clinic:</source>
        <translation>&amp;Organización o clínica:</translation>
    </message>
    <message>
        <source>Organization or clinic</source>
        <translation>Organización o clínica</translation>
    </message>
    <message>
        <source>Street, city, ZIP code</source>
        <translation>Calle, ciudad, código postal</translation>
    </message>
    <message>
        <source>What this person helps with, for example refills</source>
        <translation>En qué ayuda, por ejemplo a renovar recetas</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else worth knowing</source>
        <translation>Cualquier otra cosa que valga la pena saber</translation>
    </message>
    <message>
        <source>Call &amp;first for symptoms</source>
        <translation>Llamar &amp;primero por síntomas</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>Llamar primero por síntomas</translation>
    </message>
    <message>
        <source>Symptom alerts point to this person first.</source>
        <translation>Las alertas de síntomas indican primero a esta persona.</translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation>Contacto de eme&amp;rgencia</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>skipped card {position} ({name}): {reason}</source>
        <translation>se omitió la tarjeta {position} ({name}): {reason}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>{imported}, {merged}, {skipped}</source>
        <translation>{imported}, {merged}, {skipped}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n contacts</source>
        <translation>
            <numerusform>se importó %n contacto</numerusform>
            <numerusform>se importaron %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n into people already listed</source>
        <translation>
            <numerusform>%n se combinó con personas ya en la lista</numerusform>
            <numerusform>%n se combinaron con personas ya en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n cards</source>
        <translation>
            <numerusform>se omitió %n tarjeta</numerusform>
            <numerusform>se omitieron %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n contacts to {file}</source>
        <translation>
            <numerusform>se exportó %n contacto a {file}</numerusform>
            <numerusform>se exportaron %n contactos a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>saved the Who to call sheet to {file}</source>
        <translation>se guardó la hoja “A quién llamar” en {file}</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>{meaning} ({form})</source>
        <translation>{meaning} ({form})</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{field} is needed: type it as {form}.</source>
        <translation>Falta {field}: escríbalo como {form}.</translation>
    </message>
    <message>
        <source>This field</source>
        <translation>Este campo</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>for example {time}</source>
        <translation>por ejemplo {time}</translation>
    </message>
    <message>
        <source>{field}: date</source>
        <translation>{field}: fecha</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field}: hora</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>{label} must be a whole number from 0 to 10, or not rated.</source>
        <translation>{label} debe ser un número entero de 0 a 10, o quedar sin calificar.</translation>
    </message>
    <message>
        <source>The date and time of an entry cannot be in the future.</source>
        <translation>La fecha y la hora de una entrada no pueden estar en el futuro.</translation>
    </message>
    <message>
        <source>The date of an entry must be in {year} or later.</source>
        <translation>La fecha de una entrada debe ser del año {year} o posterior.</translation>
    </message>
    <message>
        <source>Choose who completed the entry.</source>
        <translation>Elija quién completó la entrada.</translation>
    </message>
    <message>
        <source>Unknown symptom: {name}</source>
        <translation>Síntoma desconocido: {name}</translation>
    </message>
    <message>
        <source>The other problem</source>
        <translation>El otro problema</translation>
    </message>
    <message>
        <source>Name the other problem, or leave its score not rated.</source>
        <translation>Escriba el nombre del otro problema, o deje su puntuación sin calificar.</translation>
    </message>
    <message>
        <source>{name} is scored twice; keep one score for it.</source>
        <translation>{name} tiene dos puntuaciones; deje solo una.</translation>
    </message>
    <message>
        <source>This value is outside what can be recorded ({low} to {high}).</source>
        <translation>Este valor está fuera de lo que se puede registrar ({low} a {high}).</translation>
    </message>
    <message>
        <source>Give the symptom a name.</source>
        <translation>Escriba un nombre para el síntoma.</translation>
    </message>
    <message>
        <source>Every medicine needs a name.</source>
        <translation>Cada medicamento necesita un nombre.</translation>
    </message>
    <message>
        <source>A medicine cannot stop before it started.</source>
        <translation>Un medicamento no puede suspenderse antes de la fecha en que empezó.</translation>
    </message>
    <message>
        <source>A dose cannot be given in the future.</source>
        <translation>La hora en que se dio la dosis no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Choose the medicine that was given.</source>
        <translation>Elija el medicamento que se dio.</translation>
    </message>
    <message>
        <source>The score before</source>
        <translation>La puntuación de antes</translation>
    </message>
    <message>
        <source>The score after</source>
        <translation>La puntuación de después</translation>
    </message>
    <message>
        <source>Choose which symptom the scores are for.</source>
        <translation>Elija a qué síntoma corresponden las puntuaciones.</translation>
    </message>
    <message>
        <source>The score after cannot be recorded before the dose.</source>
        <translation>La puntuación de después no puede anotarse antes de la dosis.</translation>
    </message>
    <message>
        <source>This tracker was changed or removed on another computer.</source>
        <translation>Este síntoma se cambió o se eliminó en otra computadora.</translation>
    </message>
    <message>
        <source>Another tracker is already called {name}. Choose a name no other tracker has; its scores stay with the tracker they were given to.</source>
        <translation>Ya hay otro síntoma llamado {name}. Elija un nombre que no tenga ningún otro síntoma; sus puntuaciones se quedan con el síntoma al que se dieron.</translation>
    </message>
</context>
<context>
    <name>DiaryCsv</name>
    <message>
        <source>{imported}, {already}</source>
        <translation>{imported}, {already}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n entries</source>
        <translation>
            <numerusform>se importó %n entrada</numerusform>
            <numerusform>se importaron %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n entries to {file}</source>
        <translation>
            <numerusform>se exportó %n entrada a {file}</numerusform>
            <numerusform>se exportaron %n entradas a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}, column {column}: {problem} Nothing was imported.</source>
        <translation>fila {row}, columna {column}: {problem} No se importó nada.</translation>
    </message>
    <message>
        <source>row {row}: a value in this row opens a double quote (&quot;) that is never closed, so the rest of the file would be read as part of it. Nothing was imported.</source>
        <translation>fila {row}: un valor de esta fila abre unas comillas dobles (&quot;) que nunca se cierran, así que el resto del archivo se leería como parte de él. No se importó nada.</translation>
    </message>
    <message>
        <source>row {row}: this cannot be read as CSV ({reason}). Nothing was imported.</source>
        <translation>fila {row}: no se puede leer como CSV ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text. Save the file as “CSV UTF-8” from your spreadsheet and import it again.</source>
        <translation>no es texto UTF-8. Guarde el archivo como “CSV UTF-8” desde su hoja de cálculo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>there is a NUL byte (a zero byte) here, which a CSV text file never holds; the file may be damaged, or not a CSV file.</source>
        <translation>aquí hay un byte NUL (un byte cero), que un archivo de texto CSV nunca contiene; puede que el archivo esté dañado o que no sea un archivo CSV.</translation>
    </message>
    <message>
        <source>the diary records no such vital sign; the vital sign columns are {names}.</source>
        <translation>el diario no registra ese signo vital; las columnas de signos vitales son {names}.</translation>
    </message>
    <message>
        <source>a tracker column needs the symptom&apos;s name after tracker:.</source>
        <translation>una columna de seguimiento necesita el nombre del síntoma después de tracker:.</translation>
    </message>
    <message>
        <source>this is not a column of a diary file. The columns are {columns}, then any vital:NAME and tracker:NAME.</source>
        <translation>esta no es una columna de un archivo del diario. Las columnas son {columns}, y después cualquier vital:NOMBRE y tracker:NOMBRE.</translation>
    </message>
    <message>
        <source>this column appears twice in the header.</source>
        <translation>esta columna aparece dos veces en el encabezado.</translation>
    </message>
    <message>
        <source>the first row has no such column, and every entry needs its date and time. The first row must name the columns: {columns}.</source>
        <translation>la primera fila no tiene esa columna, y cada entrada necesita su fecha y hora. La primera fila debe nombrar las columnas: {columns}.</translation>
    </message>
    <message>
        <source>{value} is not a score from 0 to 10.</source>
        <translation>{value} no es una puntuación de 0 a 10.</translation>
    </message>
    <message>
        <source>{value} cannot be converted to this computer&apos;s local time.</source>
        <translation>{value} no se puede convertir a la hora local de esta computadora.</translation>
    </message>
    <message>
        <source>it is empty; every entry needs its date and time, like {example}.</source>
        <translation>está vacía; cada entrada necesita su fecha y hora, como {example}.</translation>
    </message>
    <message>
        <source>{value} has no time of day; write the date and time, like {example}.</source>
        <translation>{value} no tiene hora del día; escriba la fecha y la hora, como {example}.</translation>
    </message>
    <message>
        <source>{value} is not a date and time like {example} (ISO 8601).</source>
        <translation>{value} no es una fecha y hora como {example} (ISO 8601).</translation>
    </message>
    <message>
        <source>{value} is before {year}; the diary keeps entries from {year} on.</source>
        <translation>{value} es anterior a {year}; el diario guarda entradas a partir de {year}.</translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation>{value} está en el futuro.</translation>
    </message>
    <message>
        <source>“{value}” is not who completes an entry: write patient, family caregiver or health professional, or leave it empty.</source>
        <translation>“{value}” no indica quién completa una entrada: escriba patient (paciente), family caregiver (familiar cuidador) o health professional (profesional de la salud), o déjelo vacío.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} no es un número entero.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} no es un número.</translation>
    </message>
    <message>
        <source>{value} is outside what can be recorded ({low} to {high}).</source>
        <translation>{value} está fuera de lo que se puede registrar ({low} a {high}).</translation>
    </message>
    <message>
        <source>“{value}” is not a mark for the team: write yes for an entry marked for the team, or leave it empty.</source>
        <translation>“{value}” no es una marca para el equipo: escriba yes para una entrada marcada para el equipo, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>this column has no name in the first row; name it or empty it.</source>
        <translation>esta columna no tiene nombre en la primera fila; póngale un nombre o vacíela.</translation>
    </message>
    <message>
        <source>there is a score but no other_problem; name the other problem, or leave its score empty.</source>
        <translation>hay una puntuación pero no hay other_problem; escriba el nombre del otro problema o deje vacía su puntuación.</translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>this value is missing: the row has {values} but the first row names {columns} (a value holding a comma or a line break must be in double quotes).</source>
        <translation>falta este valor: la fila tiene {values} pero la primera fila nombra {columns} (un valor que contiene una coma o un salto de línea debe ir entre comillas dobles).</translation>
    </message>
    <message>
        <source>there is no such column: the row has {values} but the first row names {columns} (a value holding a comma or a line break must be in double quotes).</source>
        <translation>no existe esa columna: la fila tiene {values} pero la primera fila nombra {columns} (un valor que contiene una coma o un salto de línea debe ir entre comillas dobles).</translation>
    </message>
    <message>
        <source>This file is too large to be a diary file (over {size} MB). Nothing was imported.</source>
        <translation>Este archivo es demasiado grande para ser un archivo del diario (más de {size} MB). No se importó nada.</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <source>Symptom diary file</source>
        <translation>Archivo del diario de síntomas</translation>
    </message>
    <message>
        <source>Import diary entries</source>
        <translation>Importar entradas del diario</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv);;All files (*)</source>
        <translation>Archivos de hoja de cálculo (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}). Nothing was imported.</source>
        <translation>No se pudo abrir {file} ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <source>The entries could not be saved ({reason}). Nothing was imported.</source>
        <translation>No se pudieron guardar las entradas ({reason}). No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Se importó %n entrada.</numerusform>
            <numerusform>Se importaron %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the diary.</source>
        <translation>
            <numerusform>%n ya estaba en el diario.</numerusform>
            <numerusform>%n ya estaban en el diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n diary entries to {file}.</source>
        <translation>
            <numerusform>Se guardó %n entrada del diario en {file}.</numerusform>
            <numerusform>Se guardaron %n entradas del diario en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export diary entries</source>
        <translation>Exportar entradas del diario</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Archivos de hoja de cálculo (*.csv)</translation>
    </message>
</context>
<context>
    <name>DiaryLabels</name>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>family caregiver</source>
        <translation>familiar cuidador</translation>
    </message>
    <message>
        <source>health professional</source>
        <translation>profesional de la salud</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <source>Delete diary entry of {when}</source>
        <translation>Eliminar la entrada del diario del {when}</translation>
    </message>
    <message>
        <source>Symptom diary</source>
        <translation>Diario de síntomas</translation>
    </message>
    <message>
        <source>How the person you care for feels between visits, on the ESAS-r scale the palliative team uses: nine symptoms, each from 0 (none) to 10 (worst possible), with medicines and breakthrough doses.</source>
        <translation>Cómo se siente entre visitas la persona que usted cuida, en la escala ESAS-r que usa el equipo de cuidados paliativos: nueve síntomas, cada uno de 0 (nada) a 10 (lo peor posible), con los medicamentos y las dosis de rescate.</translation>
    </message>
    <message>
        <source>Diary sections</source>
        <translation>Secciones del diario</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Breakthrough doses</source>
        <translation>Dosis de rescate</translation>
    </message>
    <message>
        <source>Alert about the saved entry</source>
        <translation>Alerta sobre la entrada guardada</translation>
    </message>
    <message>
        <source>&amp;When to call the team now</source>
        <translation>Cuándo llamar al equipo de &amp;inmediato</translation>
    </message>
    <message>
        <source>Open the Learn article When to call the team now</source>
        <translation>Abrir el artículo de Aprender Cuándo llamar al equipo de inmediato</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation>Cerrar la alerta</translation>
    </message>
    <message>
        <source>&amp;New entry...</source>
        <translation>Nueva ent&amp;rada...</translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation>Nueva entrada del diario</translation>
    </message>
    <message>
        <source>Record how the person feels now (Ctrl+N)</source>
        <translation>Anotar cómo se siente la persona ahora (Ctrl+N)</translation>
    </message>
    <message>
        <source>Record a &amp;breakthrough dose...</source>
        <translation>Anotar una dosi&amp;s de rescate...</translation>
    </message>
    <message>
        <source>Record a breakthrough dose</source>
        <translation>Anotar una dosis de rescate</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Ed&amp;itar...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Which entries to show</source>
        <translation>Qué entradas mostrar</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Between dates...</source>
        <translation>Entre fechas...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From the first entry</source>
        <translation>Desde la primera anotación</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To the last entry</source>
        <translation>Hasta la última anotación</translation>
    </message>
    <message>
        <source>Alert settings...</source>
        <translation>Configuración de alertas...</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Configuración de alertas</translation>
    </message>
    <message>
        <source>Trac&amp;kers...</source>
        <translation>Síntomas en se&amp;guimiento...</translation>
    </message>
    <message>
        <source>Rename or stop following trackers</source>
        <translation>Cambiar el nombre de los síntomas en seguimiento o dejar de seguirlos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>Entradas del diario, las más recientes primero</translation>
    </message>
    <message>
        <source>Note of the chosen entry</source>
        <translation>Nota de la entrada elegida</translation>
    </message>
    <message>
        <source>Note of {when}, for the team:</source>
        <translation>Nota del {when}, para el equipo:</translation>
    </message>
    <message>
        <source>Note of {when}:</source>
        <translation>Nota del {when}:</translation>
    </message>
    <message>
        <source>No entries yet. To start, click New entry (or press Ctrl+N) once or twice a day at about the same times, and score how each symptom feels right now.</source>
        <translation>Todavía no hay entradas. Para empezar, haga clic en Nueva entrada (o presione Ctrl+N) una o dos veces al día, más o menos a las mismas horas, y califique cómo se siente cada síntoma en este momento.</translation>
    </message>
    <message>
        <source>No entries in these dates. Choose All entries to see every one.</source>
        <translation>No hay entradas en estas fechas. Elija Todas las entradas para verlas todas.</translation>
    </message>
    <message>
        <source>Delete diary entry</source>
        <translation>Eliminar entrada del diario</translation>
    </message>
    <message>
        <source>Delete the entry of {when}? You can bring it back with Edit &gt; Undo until you close Care Companion.</source>
        <translation>¿Eliminar la entrada del {when}? Puede recuperarla con Editar &gt; Deshacer hasta que cierre Care Companion.</translation>
    </message>
    <message>
        <source>The entry could not be deleted ({reason}). Nothing was changed.</source>
        <translation>No se pudo eliminar la entrada ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Entry deleted. Edit &gt; Undo brings it back.</source>
        <translation>Entrada eliminada. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>{symptom} is {score}, in the severe band (7 to 10).</source>
        <translation>{symptom} tiene una puntuación de {score}, en el nivel severo (7 a 10).</translation>
    </message>
    <message>
        <source>{symptom} is {score}, at or above your alert level of {level}.</source>
        <translation>{symptom} tiene una puntuación de {score}, igual o mayor que su nivel de alerta de {level}.</translation>
    </message>
    <message>
        <source>{symptom} is {score}, {rise:.1f} points above its average of the days before ({average:.1f}).</source>
        <translation>{symptom} tiene una puntuación de {score}, {rise:.1f} puntos por encima de su promedio de los días anteriores ({average:.1f}).</translation>
    </message>
    <message>
        <source>Temperature {reading}, at or above your fever threshold of {threshold}.</source>
        <translation>Temperatura {reading}, igual o superior a su umbral de fiebre de {threshold}.</translation>
    </message>
    <message>
        <source>Oxygen saturation {reading}&#xa0;%, below the threshold your team gave of {threshold}&#xa0;%.</source>
        <translation>Saturación de oxígeno {reading}&#xa0;%, inferior al umbral que le dio su equipo de {threshold}&#xa0;%.</translation>
    </message>
    <message>
        <source>The person you chose to call first for symptoms: {name} {number}</source>
        <translation>La persona que eligió para llamar primero por síntomas: {name} {number}</translation>
    </message>
    <message>
        <source>Their after-hours line, outside office hours: {number}</source>
        <translation>Su línea fuera de horario, fuera del horario de atención: {number}</translation>
    </message>
    <message>
        <source>Outside office hours, call the after-hours line of {name}: {number}</source>
        <translation>Fuera del horario de oficina, llame a la línea fuera de horario de {name}: {number}</translation>
    </message>
    <message>
        <source>Their office number, for office hours: {number}</source>
        <translation>Su número de consulta, para el horario de atención: {number}</translation>
    </message>
    <message>
        <source>Outside office hours: {name}, the person you chose to call first, has no after-hours number in the Care team tab. Their number: {number}</source>
        <translation>Fuera del horario de oficina: {name}, la persona que eligió llamar primero, no tiene número fuera de horario en la pestaña Equipo de atención. Su número: {number}</translation>
    </message>
    <message>
        <source>Outside office hours: {name}, the person you chose to call first, has no phone number in the Care team tab.</source>
        <translation>Fuera del horario de oficina: {name}, la persona que eligió llamar primero, no tiene número de teléfono en la pestaña Equipo de atención.</translation>
    </message>
    <message>
        <source>No one is marked to call first for symptoms yet: choose them in the Care team tab.</source>
        <translation>Todavía no hay nadie marcado para llamar primero por síntomas: elija a esa persona en la pestaña Equipo de atención.</translation>
    </message>
    <message>
        <source>In an emergency, call 911 (or your local emergency number).</source>
        <translation>En una emergencia, marque el 911 (o el número de emergencias de su localidad).</translation>
    </message>
</context>
<context>
    <name>DoneCommand</name>
    <message>
        <source>{step}: cannot be undone, as it was changed since on another computer or by another program. Nothing was changed.</source>
        <translation>{step}: no se puede deshacer, porque se cambió después en otro ordenador o desde otro programa. No se cambió nada.</translation>
    </message>
    <message>
        <source>{step}: cannot be redone, as it was changed since on another computer or by another program. Nothing was changed.</source>
        <translation>{step}: no se puede rehacer, porque se cambió después en otro ordenador o desde otro programa. No se cambió nada.</translation>
    </message>
    <message>
        <source>{step}: could not be undone ({reason}). Nothing was changed.</source>
        <translation>{step}: no se pudo deshacer ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>{step}: could not be redone ({reason}). Nothing was changed.</source>
        <translation>{step}: no se pudo rehacer ({reason}). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>DoseForm</name>
    <message>
        <source>Breakthrough dose</source>
        <translation>Dosis de rescate</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>Medicine given</source>
        <translation>Medicamento que se dio</translation>
    </message>
    <message>
        <source>&amp;Given at:</source>
        <translation>&amp;Cuándo se dio:</translation>
    </message>
    <message>
        <source>Time the dose was given</source>
        <translation>Hora en que se dio la dosis</translation>
    </message>
    <message>
        <source>Doses in the last 24 hours and the limits entered</source>
        <translation>Dosis de las últimas 24 horas y los límites indicados</translation>
    </message>
    <message>
        <source>Given b&amp;y:</source>
        <translation>Dada p&amp;or:</translation>
    </message>
    <message>
        <source>Who gave the dose</source>
        <translation>Quién dio la dosis</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>As given, for example 5 mg (2.5 mL)</source>
        <translation>Como se dio, p. ej. 5 mg (2.5 mL)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>Reason for the dose</source>
        <translation>Motivo de la dosis</translation>
    </message>
    <message>
        <source>S&amp;core for:</source>
        <translation>Puntuación &amp;para:</translation>
    </message>
    <message>
        <source>Symptom the scores are for</source>
        <translation>Síntoma al que corresponden las puntuaciones</translation>
    </message>
    <message>
        <source>Score &amp;before:</source>
        <translation>Puntuación &amp;antes:</translation>
    </message>
    <message>
        <source>Score before the dose</source>
        <translation>Puntuación antes de la dosis</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Score &amp;after (30 to 60 minutes later):</source>
        <translation>Puntuación d&amp;espués (30 a 60 minutos más tarde):</translation>
    </message>
    <message>
        <source>Score 30 to 60 minutes after the dose</source>
        <translation>Puntuación de 30 a 60 minutos después de la dosis</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>DoseReminders</name>
    <message>
        <source>Medicine reminders</source>
        <translation>Recordatorios de medicamentos</translation>
    </message>
    <message>
        <source>Refill reminders</source>
        <translation>Recordatorios de reposición</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
    </message>
    <message>
        <source>Open the Today page to answer the doses</source>
        <translation>Abrir la página Hoy para responder las dosis</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Posponer 15 min</translation>
    </message>
    <message>
        <source>Remind me of these doses in 15 minutes</source>
        <translation>Recordarme estas dosis dentro de 15 minutos</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Hide the refill reminder until tomorrow</source>
        <translation>Ocultar el recordatorio de reposición hasta mañana</translation>
    </message>
    <message>
        <source>Refill collected</source>
        <translation>Reposición recogida</translation>
    </message>
    <message>
        <source>Refill collected: {medicine}</source>
        <translation>Reposición recogida: {medicine}</translation>
    </message>
    <message>
        <source>Log the refill of {medicine}</source>
        <translation>Anotar la reposición de {medicine}</translation>
    </message>
    <message>
        <source>Medicine reminder</source>
        <translation>Recordatorio de medicamento</translation>
    </message>
</context>
<context>
    <name>DoseWords</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation>un enfermero o enfermera</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>dormido</translation>
    </message>
    <message>
        <source>vomited</source>
        <translation>vomitó</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>lo rechazó</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no hacía falta</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <source>{time} (before the clocks went back)</source>
        <translation>{time} (antes de atrasar los relojes)</translation>
    </message>
    <message>
        <source>{time} (after the clocks went back)</source>
        <translation>{time} (después de atrasar los relojes)</translation>
    </message>
    <message>
        <source>At least {interval} between doses</source>
        <translation>Al menos {interval} entre dosis</translation>
    </message>
    <message>
        <source>At most {count} doses in 24 hours</source>
        <translation>Como máximo {count} dosis en 24 horas</translation>
    </message>
    <message>
        <source>No interval or daily limit entered in the app.</source>
        <translation>No se ha anotado en la aplicación ningún intervalo ni límite diario.</translation>
    </message>
</context>
<context>
    <name>DosesPanel</name>
    <message>
        <source>Record the score now...</source>
        <translation>Anotar la puntuación ahora...</translation>
    </message>
    <message>
        <source>Record the score after the dose</source>
        <translation>Anotar la puntuación después de la dosis</translation>
    </message>
    <message>
        <source>&amp;Record a dose...</source>
        <translation>Anotar una do&amp;sis...</translation>
    </message>
    <message>
        <source>Record a breakthrough dose</source>
        <translation>Anotar una dosis de rescate</translation>
    </message>
    <message>
        <source>Edit or add the score after...</source>
        <translation>Editar o agregar la puntuación de después...</translation>
    </message>
    <message>
        <source>Edit the selected dose</source>
        <translation>Editar la dosis seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected dose</source>
        <translation>Eliminar la dosis seleccionada</translation>
    </message>
    <message>
        <source>Breakthrough doses, newest first</source>
        <translation>Dosis de rescate, las más recientes primero</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Se dio</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Score before → after</source>
        <translation>Puntuación antes → después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <source>No breakthrough doses recorded in the last 90 days. When an as-needed dose is given, record it here with the score before, and the score 30 to 60 minutes later: the team uses both.</source>
        <translation>No hay dosis de rescate anotadas en los últimos 90 días. Cuando se dé una dosis según necesidad, anótela aquí con la puntuación de antes y la puntuación de 30 a 60 minutos después: el equipo usa las dos.</translation>
    </message>
    <message>
        <source>Doses per day, last 7 days: {counts}.</source>
        <translation>Dosis por día, últimos 7 días: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>Where both scores were recorded (%n doses), the average went from {before:.1f} before to {after:.1f} after.</source>
        <translation>
            <numerusform>Donde se anotaron las dos puntuaciones (%n dosis), la media pasó de {before:.1f} antes a {after:.1f} después.</numerusform>
            <numerusform>Donde se anotaron las dos puntuaciones (%n dosis), la media pasó de {before:.1f} antes a {after:.1f} después.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dose of {medicine} at {when} was given for {reason}. How is it now? Recording the score 30 to 60 minutes after shows the team how much it helped.</source>
        <translation>La dosis de {medicine} del {when} se dio por {reason}. ¿Cómo está ahora? Anotar la puntuación de 30 a 60 minutos después le muestra al equipo cuánto ayudó.</translation>
    </message>
    <message>
        <source>Delete dose</source>
        <translation>Eliminar dosis</translation>
    </message>
    <message>
        <source>Delete the dose of {medicine} given at {when}? Edit &gt; Undo brings it back.</source>
        <translation>¿Eliminar la dosis de {medicine} dada el {when}? Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>The dose of {medicine} given at {when} could not be deleted ({reason}). Nothing was changed. Free some disk space and try again.</source>
        <translation>No se pudo eliminar la dosis de {medicine} dada el {when} ({reason}). No se cambió nada. Libere espacio en el disco e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit diary entry</source>
        <translation>Editar entrada del diario</translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation>Nueva entrada del diario</translation>
    </message>
    <message>
        <source>Diary entry form</source>
        <translation>Formulario de entrada del diario</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <source> L/min</source>
        <translation> L/min</translation>
    </message>
    <message>
        <source> lb</source>
        <translation> lb</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source> beats/min</source>
        <translation> lpm</translation>
    </message>
    <message>
        <source>Follow another symptom</source>
        <translation>Seguir otro síntoma</translation>
    </message>
    <message>
        <source>Name of the symptom (for example cough, constipation, swelling):</source>
        <translation>Nombre del síntoma (por ejemplo tos, estreñimiento, hinchazón):</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>Una anotación no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>The entry could not be saved ({reason}). Check that the disk is not full and try again; everything you typed is still here.</source>
        <translation>No se pudo guardar la entrada ({reason}). Revise que el disco no esté lleno e intente de nuevo; todo lo que escribió sigue aquí.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Diary entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>Date and time of the entry</source>
        <translation>Fecha y hora de la entrada</translation>
    </message>
    <message>
        <source>Completed &amp;by:</source>
        <translation>Completado p&amp;or:</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completado por</translation>
    </message>
    <message>
        <source>How does the person feel now?</source>
        <translation>¿Cómo se siente la persona ahora?</translation>
    </message>
    <message>
        <source>Choose 0 to 10 for each, or leave &quot;not rated&quot;.</source>
        <translation>Elija de 0 a 10 para cada uno, o deje &quot;sin calificar&quot;.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst possible pain</source>
        <translation>0 = sin dolor, 10 = peor dolor posible</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Tiredness (lack of energy)</source>
        <translation>Cansancio (falta de energía)</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>0 = no tiredness, 10 = worst possible tiredness</source>
        <translation>0 = sin cansancio, 10 = peor cansancio posible</translation>
    </message>
    <message>
        <source>Drowsiness (feeling sleepy)</source>
        <translation>Somnolencia (sentirse con sueño)</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>0 = no drowsiness, 10 = worst possible drowsiness</source>
        <translation>0 = sin somnolencia, 10 = peor somnolencia posible</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>0 = no nausea, 10 = worst possible nausea</source>
        <translation>0 = sin náuseas, 10 = peores náuseas posibles</translation>
    </message>
    <message>
        <source>Lack of appetite</source>
        <translation>Falta de apetito</translation>
    </message>
    <message>
        <source>0 = no lack of appetite, 10 = worst possible lack of appetite</source>
        <translation>0 = sin falta de apetito, 10 = peor falta de apetito posible</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <source>0 = no shortness of breath, 10 = worst possible shortness of breath</source>
        <translation>0 = sin falta de aire, 10 = peor falta de aire posible</translation>
    </message>
    <message>
        <source>Depression (feeling sad)</source>
        <translation>Depresión (sentirse triste)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>0 = no depression, 10 = worst possible depression</source>
        <translation>0 = sin depresión, 10 = peor depresión posible</translation>
    </message>
    <message>
        <source>Anxiety (feeling nervous)</source>
        <translation>Ansiedad (sentirse nervioso/a)</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>0 = no anxiety, 10 = worst possible anxiety</source>
        <translation>0 = sin ansiedad, 10 = peor ansiedad posible</translation>
    </message>
    <message>
        <source>Wellbeing (how you feel overall)</source>
        <translation>Bienestar (cómo se siente en general)</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>0 = best wellbeing, 10 = worst possible wellbeing</source>
        <translation>0 = mejor bienestar, 10 = peor bienestar posible</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Otro problema</translation>
    </message>
    <message>
        <source>Other problem score</source>
        <translation>Puntuación del otro problema</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst possible</source>
        <translation>0 = nada, 10 = lo peor posible</translation>
    </message>
    <message>
        <source>Other symptoms you follow</source>
        <translation>Otros síntomas que sigue</translation>
    </message>
    <message>
        <source>Rename or stop following...</source>
        <translation>Cambiar nombre o dejar de seguir...</translation>
    </message>
    <message>
        <source>Rename or stop following the symptoms you follow</source>
        <translation>Cambiar el nombre de los síntomas que sigue o dejar de seguirlos</translation>
    </message>
    <message>
        <source>It goes on the visit summary.</source>
        <translation>Aparece en el resumen de la visita.</translation>
    </message>
    <message>
        <source>Follow another symptom...</source>
        <translation>Seguir otro síntoma...</translation>
    </message>
    <message>
        <source>Follow another symptom</source>
        <translation>Seguir otro síntoma</translation>
    </message>
    <message>
        <source>Measurements (optional)</source>
        <translation>Mediciones (opcional)</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>O&amp;xygen saturation:</source>
        <translation>&amp;Saturación de oxígeno:</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>Saturación de oxígeno</translation>
    </message>
    <message>
        <source>Oxygen &amp;flow:</source>
        <translation>F&amp;lujo de oxígeno:</translation>
    </message>
    <message>
        <source>Oxygen flow</source>
        <translation>Flujo de oxígeno</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
        <translation>P&amp;ulso:</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Heartbeats per minute</source>
        <translation>Latidos por minuto</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything the team should hear about: sleep, eating, mood, what helped</source>
        <translation>Lo que el equipo debería saber: sueño, alimentación, ánimo, qué ayudó</translation>
    </message>
    <message>
        <source>Mark this note for the care team</source>
        <translation>Marcar esta nota para el equipo de atención</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completado por</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Otro problema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <source>For the team: </source>
        <translation>Para el equipo: </translation>
    </message>
</context>
<context>
    <name>Esas</name>
    <message>
        <source>No {symptom}</source>
        <translation>Sin {symptom}</translation>
    </message>
    <message>
        <source>Worst possible {symptom}</source>
        <translation>{symptom}: lo peor posible</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>lack of energy</source>
        <translation>falta de energía</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>feeling sleepy</source>
        <translation>sentirse con sueño</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Lack of appetite</source>
        <translation>Falta de apetito</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>feeling sad</source>
        <translation>sentirse triste</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>feeling nervous</source>
        <translation>sentirse nervioso/a</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>how you feel overall</source>
        <translation>cómo se siente en general</translation>
    </message>
    <message>
        <source>Best wellbeing</source>
        <translation>Mejor bienestar</translation>
    </message>
    <message>
        <source>Worst possible wellbeing</source>
        <translation>Peor bienestar posible</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severo</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the space allowed on this disk is used up</source>
        <translation>se agotó el espacio permitido en este disco</translation>
    </message>
    <message>
        <source>the drive can only be read, not written</source>
        <translation>la unidad solo se puede leer, no escribir</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the system does not allow it</source>
        <translation>el sistema no lo permite</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is there already</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the drive could not be read or written</source>
        <translation>no se pudo leer ni escribir en la unidad</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>está en uso</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>es un dispositivo o una tubería, no un archivo</translation>
    </message>
    <message>
        <source>Free some space on that disk, or save to another drive, and try again.</source>
        <translation>Libere espacio en ese disco, o guarde en otra unidad, e intente de nuevo.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as Documents, and try again.</source>
        <translation>Elija una carpeta en la que pueda escribir, como Documentos, e intente de nuevo.</translation>
    </message>
    <message>
        <source>Type a file name, not only a folder, and try again.</source>
        <translation>Escriba un nombre de archivo, no solo una carpeta, e intente de nuevo.</translation>
    </message>
    <message>
        <source>Choose a folder that exists, and try again.</source>
        <translation>Elija una carpeta que exista e intente de nuevo.</translation>
    </message>
    <message>
        <source>Choose a shorter name, and try again.</source>
        <translation>Elija un nombre más corto e intente de nuevo.</translation>
    </message>
    <message>
        <source>Close the program that has it open, and try again.</source>
        <translation>Cierre el programa que lo tiene abierto e intente de nuevo.</translation>
    </message>
    <message>
        <source>Try another folder.</source>
        <translation>Pruebe con otra carpeta.</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}). {advice}</source>
        <translation>No se pudo guardar {file} ({reason}). {advice}</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>A few steps for the first days, in this order. Each button takes you to the place it names. You can come back to this list at any time from Help &gt; Getting started.</source>
        <translation>Algunos pasos para los primeros días, en este orden. Cada botón le lleva al lugar que nombra. Puede volver a esta lista en cualquier momento desde Ayuda &gt; Primeros pasos.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The profile</source>
        <translation>El perfil</translation>
    </message>
    <message>
        <source>Type the name of the person you care for and their allergies, your name and the names of the others who give care, and the home time zone: where the person lives.</source>
        <translation>Escriba el nombre de la persona que usted cuida y sus alergias, su propio nombre y los de las otras personas que cuidan, y la zona horaria del hogar: donde vive la persona.</translation>
    </message>
    <message>
        <source>Open the &amp;profile...</source>
        <translation>Abrir el &amp;perfil...</translation>
    </message>
    <message>
        <source>Open the profile</source>
        <translation>Abrir el perfil</translation>
    </message>
    <message>
        <source>The care team</source>
        <translation>El equipo de atención</translation>
    </message>
    <message>
        <source>Add each person on the team with their phone numbers, and the after-hours or 24-hour line. For the person the team said to call first about symptoms, tick “Call first for symptoms”.</source>
        <translation>Agregue a cada persona del equipo con sus números de teléfono, y la línea fuera de horario o de 24 horas. Para la persona a la que el equipo le dijo que llamara primero por síntomas, marque «Llamar primero por síntomas».</translation>
    </message>
    <message>
        <source>Open the care &amp;team</source>
        <translation>Abrir el equipo de a&amp;tención</translation>
    </message>
    <message>
        <source>Open the care team</source>
        <translation>Abrir el equipo de atención</translation>
    </message>
    <message>
        <source>The medicines</source>
        <translation>Los medicamentos</translation>
    </message>
    <message>
        <source>Copy each medicine from its label or the hospital&apos;s list, with the times of day it is given: those doses then show on the Today page. For a medicine given only when needed, tick “Taken as needed” and type what the prescription allows: the least time between doses and the most in 24 hours.</source>
        <translation>Copie cada medicamento de su etiqueta o de la lista del hospital, con las horas del día en que se da: esas dosis aparecen luego en la página Hoy. Para un medicamento que se da solo cuando hace falta, marque «Se toma según necesidad» y escriba lo que permite la receta: el tiempo mínimo entre dosis y el máximo en 24 horas.</translation>
    </message>
    <message>
        <source>Open the &amp;medicines</source>
        <translation>Abrir los &amp;medicamentos</translation>
    </message>
    <message>
        <source>Open the medicines</source>
        <translation>Abrir los medicamentos</translation>
    </message>
    <message>
        <source>The symptom diary</source>
        <translation>El diario de síntomas</translation>
    </message>
    <message>
        <source>Once or twice a day, note how the person feels: nine symptoms, each from 0 (none) to 10 (worst possible). The team sees how they change between visits.</source>
        <translation>Una o dos veces al día, anote cómo se siente la persona: nueve síntomas, cada uno de 0 (nada) a 10 (lo peor posible). El equipo ve cómo cambian entre visitas.</translation>
    </message>
    <message>
        <source>Open the symptom &amp;diary</source>
        <translation>Abrir el &amp;diario de síntomas</translation>
    </message>
    <message>
        <source>Open the symptom diary</source>
        <translation>Abrir el diario de síntomas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Add each visit, test or treatment to the calendar as soon as it is booked.</source>
        <translation>Agregue cada visita, prueba o tratamiento al calendario en cuanto se programe.</translation>
    </message>
    <message>
        <source>Open the &amp;calendar</source>
        <translation>Abrir el &amp;calendario</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>Preguntas para el equipo</translation>
    </message>
    <message>
        <source>When a question comes to mind, add it to the list, so it is not forgotten at the next visit.</source>
        <translation>Cuando le surja una pregunta, agréguela a la lista, para no olvidarla en la próxima visita.</translation>
    </message>
    <message>
        <source>Open the &amp;questions</source>
        <translation>Abrir las pre&amp;guntas</translation>
    </message>
    <message>
        <source>Open the questions</source>
        <translation>Abrir las preguntas</translation>
    </message>
    <message>
        <source>Before a visit</source>
        <translation>Antes de una visita</translation>
    </message>
    <message>
        <source>Print the visit summary and hand it to the team: symptoms, doses, medicines, appointments and your questions. Print the medicine chart to keep with the medicines at home.</source>
        <translation>Imprima el resumen de la visita y entrégueselo al equipo: síntomas, dosis, medicamentos, citas y sus preguntas. Imprima la hoja de medicación para tenerla junto a los medicamentos en casa.</translation>
    </message>
    <message>
        <source>&amp;Visit summary...</source>
        <translation>&amp;Resumen de la visita...</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>Print medicine c&amp;hart...</source>
        <translation>Imprimir la &amp;hoja de medicación...</translation>
    </message>
    <message>
        <source>Print medicine chart</source>
        <translation>Imprimir la hoja de medicación</translation>
    </message>
</context>
<context>
    <name>GlossaryBox</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
</context>
<context>
    <name>HomeZone</name>
    <message>
        <source>Times are {home} time, the family&apos;s home time zone. This computer is set to {here} time.</source>
        <translation>Las horas son las de {home}, la zona horaria del hogar de la familia. Esta computadora tiene la hora de {here}.</translation>
    </message>
    <message>
        <source>Times are {home} time</source>
        <translation>Las horas son las de {home}</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Video visit: {link}</source>
        <translation>Visita por video: {link}</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Con: {names}</translation>
    </message>
    <message>
        <source>Driver: {name}</source>
        <translation>Quién maneja: {name}</translation>
    </message>
    <message>
        <source>(pick-up at {time})</source>
        <translation>(hora de recogida: {time})</translation>
    </message>
    <message>
        <source>Bring or prepare: {what}</source>
        <translation>Llevar o preparar: {what}</translation>
    </message>
    <message>
        <source>Decided at the visit: {what}</source>
        <translation>Lo que se decidió en la visita: {what}</translation>
    </message>
    <message>
        <source>Care Companion appointments</source>
        <translation>Citas de Care Companion</translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>Event {position} ({summary}): {text}</source>
        <translation>Evento {position} ({summary}): {text}</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>the time zone “{zone}” is unknown; its times were read as {place} time</source>
        <translation>la zona horaria “{zone}” es desconocida; sus horas se leyeron como la hora de {place}</translation>
    </message>
    <message>
        <source>the time zone “{zone}” has no standard name; its times were converted to {place} time</source>
        <translation>la zona horaria “{zone}” no tiene un nombre estándar; sus horas se convirtieron a la hora de {place}</translation>
    </message>
    <message>
        <source>it mixes whole days (VALUE=DATE) with times: check when it is</source>
        <translation>mezcla días completos (VALUE=DATE) con horas: compruebe cuándo es</translation>
    </message>
    <message>
        <source>its end is before its start, so the end was left out</source>
        <translation>su fin es anterior a su inicio, así que se omitió el fin</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>a line in it cannot be read ({reason})</source>
        <translation>no se puede leer una de sus líneas ({reason})</translation>
    </message>
    <message>
        <source>its {property} cannot be read ({reason})</source>
        <translation>no se puede leer su {property} ({reason})</translation>
    </message>
    <message>
        <source>a changed date without a UID</source>
        <translation>una fecha cambiada sin UID</translation>
    </message>
    <message>
        <source>it is marked canceled</source>
        <translation>está marcado como cancelado</translation>
    </message>
    <message>
        <source>event {earlier} has the same UID; this later one was kept</source>
        <translation>el evento {earlier} tiene el mismo UID; se conservó este, que viene después</translation>
    </message>
    <message>
        <source>it changes this date and every later one (RANGE=THISANDFUTURE), but only this date was changed: check the later dates</source>
        <translation>cambia esta fecha y todas las posteriores (RANGE=THISANDFUTURE), pero solo se cambió esta fecha: compruebe las fechas posteriores</translation>
    </message>
    <message>
        <source>it has no start date</source>
        <translation>no tiene fecha de inicio</translation>
    </message>
    <message>
        <source>its start is not a date</source>
        <translation>su inicio no es una fecha</translation>
    </message>
    <message>
        <source>only its first repeat rule was read</source>
        <translation>solo se leyó su primera regla de repetición</translation>
    </message>
    <message>
        <source>its repeat rule cannot be used ({reason})</source>
        <translation>no se puede usar su regla de repetición ({reason})</translation>
    </message>
    <message>
        <source>its extra dates (RDATE) were left out</source>
        <translation>se omitieron sus fechas adicionales (RDATE)</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file. Nothing was imported.</source>
        <translation>Este archivo no es un archivo iCalendar (.ics). No se importó nada.</translation>
    </message>
    <message>
        <source>This file is {size} MB, far larger than a calendar of appointments (at most {limit} MB). Nothing was imported.</source>
        <translation>Este archivo tiene {size} MB, mucho más que un calendario de citas (como máximo {limit} MB). No se importó nada.</translation>
    </message>
    <message>
        <source>the event is not closed (END:VEVENT)</source>
        <translation>el evento no está cerrado (END:VEVENT)</translation>
    </message>
    <message>
        <source>a line of the event is far too long</source>
        <translation>una línea del evento es demasiado larga</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file: it holds no calendar (BEGIN:VCALENDAR) and no events (BEGIN:VEVENT). Nothing was imported.</source>
        <translation>Este archivo no es un archivo iCalendar (.ics): no contiene ningún calendario (BEGIN:VCALENDAR) ni ningún evento (BEGIN:VEVENT). No se importó nada.</translation>
    </message>
    <message>
        <source>This file is not a complete iCalendar (.ics) file. Nothing was imported.</source>
        <translation>Este archivo no es un archivo iCalendar (.ics) completo. No se importó nada.</translation>
    </message>
    <message>
        <source>This calendar file holds no events (appointments) to import. Nothing was imported.</source>
        <translation>Este archivo de calendario no contiene eventos (citas) que importar. No se importó nada.</translation>
    </message>
    <message>
        <source>The file&apos;s only event cannot be imported: event {position} ({summary}): {reason}. Nothing was imported.</source>
        <translation>El único evento del archivo no se puede importar: evento {position} ({summary}): {reason}. No se importó nada.</translation>
    </message>
    <message>
        <source>The file has no calendar wrapper (BEGIN:VCALENDAR); its events were read on their own.</source>
        <translation>El archivo no tiene el envoltorio de calendario (BEGIN:VCALENDAR); sus eventos se leyeron por separado.</translation>
    </message>
    <message>
        <source>The file holds more than {count} events; only the first {count} were read.</source>
        <translation>El archivo contiene más de {count} eventos; solo se leyeron los primeros {count}.</translation>
    </message>
    <message>
        <source>it has {count} different {property} values; an event has one</source>
        <translation>tiene {count} valores distintos de {property}; un evento tiene uno solo</translation>
    </message>
    <message>
        <source>its {property} is not a date or a date and time</source>
        <translation>su {property} no es una fecha ni una fecha con hora</translation>
    </message>
    <message>
        <source>its {property} is not a length of time</source>
        <translation>su {property} no es una duración</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>{app} is locked</source>
        <translation>{app} está bloqueado</translation>
    </message>
    <message>
        <source>{app} is locked. Type the password to go on.</source>
        <translation>{app} está bloqueado. Escriba la contraseña para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>Care Companion locked itself after %n minutes without use, to keep the record private. Type the password to go on; nothing you were typing is lost.</source>
        <translation>
            <numerusform>Care Companion se bloqueó solo después de %n minuto sin uso, para mantener privado el registro. Escriba la contraseña para continuar; no se perdió nada de lo que estaba escribiendo.</numerusform>
            <numerusform>Care Companion se bloqueó solo después de %n minutos sin uso, para mantener privado el registro. Escriba la contraseña para continuar; no se perdió nada de lo que estaba escribiendo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Care Companion is locked. Type the password to go on; nothing you were typing is lost.</source>
        <translation>Care Companion está bloqueado. Escriba la contraseña para continuar; no se perdió nada de lo que estaba escribiendo.</translation>
    </message>
    <message>
        <source>&amp;Quit Care Companion</source>
        <translation>&amp;Salir de Care Companion</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The care record {path} passed the check: no damage was found.</source>
        <translation>El registro de atención {path} pasó la revisión: no se encontró ningún daño.</translation>
    </message>
    <message>
        <source>The care record {path} is damaged: {problem}. Restore it from a backup (caregiver-app restore FILE, or File &gt; Restore from backup... in the app).</source>
        <translation>El registro de atención {path} está dañado: {problem}. Restáurelo desde una copia de seguridad (caregiver-app restore FILE, o Archivo &gt; Restaurar desde una copia de seguridad... en la aplicación).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>after hours / 24-hour line</source>
        <translation>fuera de horario / línea de 24 horas</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>after hours</source>
        <translation>fuera de horario</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Understanding palliative care</source>
        <translation>Entender los cuidados paliativos</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Su equipo</translation>
    </message>
    <message>
        <source>Day to day</source>
        <translation>El día a día</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Para usted</translation>
    </message>
</context>
<context>
    <name>LearnArticleList</name>
    <message>
        <source>Search the articles</source>
        <translation>Buscar en los artículos</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>One article mentions “{text}”.</source>
        <translation>Un artículo menciona “{text}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n articles mention “{text}”.</source>
        <translation>
            <numerusform>%n artículo menciona “{text}”.</numerusform>
            <numerusform>%n artículos mencionan “{text}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the articles or the glossary mentions “{text}”. Try a shorter or different word, or clear the search to see every article.</source>
        <translation>Nada en los artículos ni en el glosario menciona «{text}». Pruebe con una palabra más corta o distinta, o borre la búsqueda para ver todos los artículos.</translation>
    </message>
</context>
<context>
    <name>LearnTab</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Plain answers about palliative care, to read at your own pace, and the questions you want to ask the team. Click an underlined word for its meaning.</source>
        <translation>Respuestas sencillas sobre los cuidados paliativos, para leer a su propio ritmo, y las preguntas que quiere hacerle al equipo. Haga clic en una palabra subrayada para ver su significado.</translation>
    </message>
    <message>
        <source>The reading material that comes with Care Companion could not be found. Reinstall the app to bring it back; your care record is not affected.</source>
        <translation>No se encontró el material de lectura que viene con Care Companion. Vuelva a instalar la aplicación para recuperarlo; su registro de atención no se ve afectado.</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>Agregar a &amp;favoritos</translation>
    </message>
    <message>
        <source>Bookmark this article</source>
        <translation>Agregar este artículo a favoritos</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF...</source>
        <translation>&amp;Imprimir o guardar como PDF...</translation>
    </message>
    <message>
        <source>Print or save this article as PDF</source>
        <translation>Imprimir o guardar este artículo como PDF</translation>
    </message>
    <message>
        <source>As&amp;k my team about this...</source>
        <translation>Preguntar a mi e&amp;quipo sobre esto...</translation>
    </message>
    <message>
        <source>Ask my team about this</source>
        <translation>Preguntar a mi equipo sobre esto</translation>
    </message>
    <message>
        <source>Add a question about this article to the list below. Select a sentence first to quote it.</source>
        <translation>Agregar a la lista de abajo una pregunta sobre este artículo. Seleccione primero una oración para citarla.</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>En &amp;favoritos</translation>
    </message>
    <message>
        <source>Bookmarked “{title}”. It is listed at the top.</source>
        <translation>Se agregó “{title}” a favoritos. Aparece al principio de la lista.</translation>
    </message>
    <message>
        <source>Removed the bookmark from “{title}”.</source>
        <translation>Se quitó “{title}” de favoritos.</translation>
    </message>
    <message>
        <source>About “{quote}”: </source>
        <translation>Sobre “{quote}”: </translation>
    </message>
    <message>
        <source>Ask my team about this...</source>
        <translation>Preguntar a mi equipo sobre esto...</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Imprimir o guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “{title}” to {file}.</source>
        <translation>Se guardó “{title}” en {file}.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Export medicine log</source>
        <translation>Exportar el registro de medicación</translation>
    </message>
    <message>
        <source>Every scheduled dose that came due, given or not (“not logged” when nobody answered), and every as-needed dose. Leave the days blank for the whole log.</source>
        <translation>Cada dosis programada que llegó a su hora, administrada o no («no registrada» si nadie respondió), y cada dosis a demanda. Deje los días en blanco para todo el registro.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>The log cannot go past today.</source>
        <translation>El registro no puede ir más allá de hoy.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (.csv)</source>
        <translation>Hoja de &amp;cálculo (.csv)</translation>
    </message>
    <message>
        <source>F&amp;HIR R4 for a clinical system (.json)</source>
        <translation>FHIR R4 para un sistema c&amp;línico (.json)</translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>El primer día no puede ser posterior al último.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} - demo record</source>
        <translation>{app} - registro de demostración</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Care &amp;team</source>
        <translation>Equipo de a&amp;tención</translation>
    </message>
    <message>
        <source>Symptom &amp;diary</source>
        <translation>&amp;Diario de síntomas</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>Apre&amp;nder</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>This is a fictional demo record in a throwaway folder. Your own record is not touched, and changes here are discarded when you close the app.</source>
        <translation>Este es un registro de demostración ficticio, en una carpeta temporal. Su propio registro no se toca, y los cambios que haga aquí se descartan al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Undo and Redo</source>
        <translation>Deshacer y rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Visit summary...</source>
        <translation>Resumen de la &amp;visita...</translation>
    </message>
    <message>
        <source>The printed summary to hand to the care team: symptoms, doses, medicines, notes, visits and questions.</source>
        <translation>El resumen impreso para entregar al equipo de atención: síntomas, dosis, medicamentos, notas, visitas y preguntas.</translation>
    </message>
    <message>
        <source>&amp;Import contacts (.vcf)...</source>
        <translation>&amp;Importar contactos (.vcf)...</translation>
    </message>
    <message>
        <source>Add contacts from a file saved by Outlook, Apple or Google Contacts.</source>
        <translation>Agregar contactos desde un archivo guardado por Outlook, Apple o Google Contactos.</translation>
    </message>
    <message>
        <source>&amp;Export all contacts (.vcf)...</source>
        <translation>&amp;Exportar todos los contactos (.vcf)...</translation>
    </message>
    <message>
        <source>Save the whole care team as a file other address books can read.</source>
        <translation>Guardar todo el equipo de atención en un archivo que otras libretas de direcciones pueden leer.</translation>
    </message>
    <message>
        <source>Export &amp;selected contacts (.vcf)...</source>
        <translation>Exportar contactos se&amp;leccionados (.vcf)...</translation>
    </message>
    <message>
        <source>Save only the contacts selected in the Care team tab.</source>
        <translation>Guardar solo los contactos seleccionados en la pestaña Equipo de atención.</translation>
    </message>
    <message>
        <source>Add diary entries from a spreadsheet file in the diary&apos;s format.</source>
        <translation>Agregar entradas al diario desde un archivo de hoja de cálculo con el formato del diario.</translation>
    </message>
    <message>
        <source>Save every diary entry as a spreadsheet file.</source>
        <translation>Guardar todas las entradas del diario en un archivo de hoja de cálculo.</translation>
    </message>
    <message>
        <source>Add appointments from a file saved by Google Calendar, Outlook or Apple.</source>
        <translation>Agregar citas desde un archivo guardado por Google Calendar, Outlook o Apple.</translation>
    </message>
    <message>
        <source>Save every appointment as a file other calendars can import.</source>
        <translation>Guardar todas las citas en un archivo que otros calendarios pueden importar.</translation>
    </message>
    <message>
        <source>A one-page list of who to call and their numbers, to print.</source>
        <translation>Una lista de una página con a quién llamar y sus números, para imprimir.</translation>
    </message>
    <message>
        <source>Phones and &amp;calendars...</source>
        <translation>&amp;Teléfonos y calendarios...</translation>
    </message>
    <message>
        <source>Put the appointments and the care team on the family&apos;s phones.</source>
        <translation>Poner las citas y el equipo de atención en los teléfonos de la familia.</translation>
    </message>
    <message>
        <source>Import &amp;diary entries (.csv)...</source>
        <translation>Importar entradas del &amp;diario (.csv)...</translation>
    </message>
    <message>
        <source>Export diary e&amp;ntries (.csv)...</source>
        <translation>Exportar e&amp;ntradas del diario (.csv)...</translation>
    </message>
    <message>
        <source>Import calend&amp;ar (.ics)...</source>
        <translation>Importar calendari&amp;o (.ics)...</translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)...</source>
        <translation>E&amp;xportar calendario (.ics)...</translation>
    </message>
    <message>
        <source>“Who to call” sheet (&amp;PDF)...</source>
        <translation>&amp;Hoja “A quién llamar” (PDF)...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Make a checked copy of the care record in its backups folder now.</source>
        <translation>Hacer ahora una copia verificada del registro de atención en su carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Save a backup &amp;to...</source>
        <translation>G&amp;uardar una copia de seguridad en...</translation>
    </message>
    <message>
        <source>Save a checked copy of the care record elsewhere, such as a USB stick.</source>
        <translation>Guardar una copia verificada del registro de atención en otro lugar, como una memoria USB.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Restaurar desde una copia de seguridad...</translation>
    </message>
    <message>
        <source>Bring back an earlier copy; the record as it is now is kept first.</source>
        <translation>Recuperar una copia anterior; antes se guarda el registro tal como está ahora.</translation>
    </message>
    <message>
        <source>Pass&amp;word protection...</source>
        <translation>&amp;Protección con contraseña...</translation>
    </message>
    <message>
        <source>Set, change or remove the password that encrypts the care record, and choose when the window locks itself.</source>
        <translation>Establecer, cambiar o quitar la contraseña que cifra el registro de atención, y elegir cuándo se bloquea sola la ventana.</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Cover the window until the password is typed again.</source>
        <translation>Cubrir la ventana hasta que se vuelva a escribir la contraseña.</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder that holds the care record in the file manager.</source>
        <translation>Mostrar en el explorador de archivos la carpeta que contiene el registro de atención.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Care Companion. Everything is already saved.</source>
        <translation>Cerrar Care Companion. Todo ya está guardado.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation>&amp;Primeros pasos...</translation>
    </message>
    <message>
        <source>The first steps with a new record, in order, each with a button that goes there.</source>
        <translation>Los primeros pasos con un registro nuevo, en orden, cada uno con un botón que lleva allí.</translation>
    </message>
    <message>
        <source>Check the whole care record file for damage. Nothing in it is changed.</source>
        <translation>Revisar si todo el archivo del registro de atención está dañado. No se cambia nada en él.</translation>
    </message>
    <message>
        <source>Care record &amp;profile...</source>
        <translation>&amp;Perfil del registro de atención...</translation>
    </message>
    <message>
        <source>The person cared for and the caregiver.</source>
        <translation>La persona que recibe los cuidados y quien la cuida.</translation>
    </message>
    <message>
        <source>New diary &amp;entry...</source>
        <translation>Nueva &amp;entrada del diario...</translation>
    </message>
    <message>
        <source>Record how the person feels now.</source>
        <translation>Anotar cómo se siente la persona ahora.</translation>
    </message>
    <message>
        <source>Record a &amp;breakthrough dose...</source>
        <translation>&amp;Anotar una dosis de rescate...</translation>
    </message>
    <message>
        <source>Record an as-needed dose and the score before it.</source>
        <translation>Anotar una dosis según necesidad y la puntuación de antes.</translation>
    </message>
    <message>
        <source>Diary &amp;trackers...</source>
        <translation>Síntomas en se&amp;guimiento del diario...</translation>
    </message>
    <message>
        <source>Rename a symptom the family follows besides the nine ESAS-r ones, stop following it or follow it again.</source>
        <translation>Cambiar el nombre de un síntoma que sigue la familia además de los nueve de la ESAS-r, dejar de seguirlo o volver a seguirlo.</translation>
    </message>
    <message>
        <source>New &amp;appointment...</source>
        <translation>&amp;Nueva cita...</translation>
    </message>
    <message>
        <source>Add a visit, test or treatment to the calendar.</source>
        <translation>Agregar una visita, un estudio o un tratamiento al calendario.</translation>
    </message>
    <message>
        <source>&amp;New contact...</source>
        <translation>Nuevo &amp;contacto...</translation>
    </message>
    <message>
        <source>Add a person to the care team list.</source>
        <translation>Agregar una persona a la lista del equipo de atención.</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Search the care team, or the articles when the Learn tab is open.</source>
        <translation>Buscar en el equipo de atención, o en los artículos cuando la pestaña Aprender está abierta.</translation>
    </message>
    <message>
        <source>Go to this tab.</source>
        <translation>Ir a esta pestaña.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make all text larger, up to twice the usual size.</source>
        <translation>Agrandar todo el texto, hasta el doble del tamaño habitual.</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Make all text smaller, down to the usual size.</source>
        <translation>Reducir todo el texto, hasta el tamaño habitual.</translation>
    </message>
    <message>
        <source>&amp;Reset text size</source>
        <translation>&amp;Restablecer el tamaño del texto</translation>
    </message>
    <message>
        <source>Go back to the usual text size.</source>
        <translation>Volver al tamaño de texto habitual.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>¿&amp;Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Where the care record is kept on this computer, and what it holds.</source>
        <translation>Dónde se guarda el registro de atención en esta computadora y qué contiene.</translation>
    </message>
    <message>
        <source>&amp;Check my data</source>
        <translation>&amp;Revisar mis datos</translation>
    </message>
    <message>
        <source>&amp;About Care Companion</source>
        <translation>&amp;Acerca de Care Companion</translation>
    </message>
    <message>
        <source>Version and a word about privacy.</source>
        <translation>Versión y unas palabras sobre la privacidad.</translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>Tamaño del texto: {percent}%</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Every change is also copied, encrypted with the family passphrase, into the family folder {folder} (File &gt; Share with family...).</source>
        <translation>Cada cambio se copia también, cifrado con la frase de contraseña familiar, en la carpeta familiar {folder} (Archivo &gt; Compartir con la familia...).</translation>
    </message>
    <message>
        <source>Your care record is kept on this computer, in this file:</source>
        <translation>Su registro de atención se guarda en esta computadora, en este archivo:</translation>
    </message>
    <message>
        <source>Your care record is kept only on this computer, in this file:</source>
        <translation>Su registro de atención se guarda solo en esta computadora, en este archivo:</translation>
    </message>
    <message>
        <source>It holds {contacts}, {entries} (latest: {latest}) and {appointments}.</source>
        <translation>Contiene {contacts}, {entries} (la más reciente: {latest}) y {appointments}.</translation>
    </message>
    <message>
        <source>What you chose to put on the family&apos;s phones is sent over the internet to the calendar server {server} (File &gt; Phones and calendars...). Nothing else is sent. The folder can be read only by your user account on this computer.</source>
        <translation>Lo que eligió poner en los teléfonos de la familia se envía por internet al servidor de calendario {server} (Archivo &gt; Teléfonos y calendarios...). No se envía nada más. Solo su cuenta de usuario en esta computadora puede leer la carpeta.</translation>
    </message>
    <message>
        <source>Nothing is sent over the internet. The folder can be read only by your user account on this computer.</source>
        <translation>No se envía nada por internet. Solo su cuenta de usuario en esta computadora puede leer la carpeta.</translation>
    </message>
    <message>
        <source>The record and its backups are encrypted with your password (File &gt; Password protection...).</source>
        <translation>El registro y sus copias de seguridad están cifrados con su contraseña (Archivo &gt; Protección con contraseña...).</translation>
    </message>
    <message>
        <source>The record has no password: anyone who can use your account can read it. File &gt; Password protection... sets one.</source>
        <translation>El registro no tiene contraseña: cualquier persona que pueda usar su cuenta puede leerlo. Archivo &gt; Protección con contraseña... permite establecer una.</translation>
    </message>
    <message>
        <source>This is the demo record; it is deleted when you close the app.</source>
        <translation>Este es el registro de demostración; se borra al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;A private record for families caring for someone in palliative care: the care team, a symptom diary, appointments and reading.&lt;/p&gt;&lt;p&gt;Care Companion records and reports; it does not give medical advice. In an emergency, call 911 or your local emergency number.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;Un registro privado para familias que cuidan a alguien en cuidados paliativos: el equipo de atención, un diario de síntomas, las citas y material de lectura.&lt;/p&gt;&lt;p&gt;Care Companion registra e informa; no da consejos médicos. En una emergencia, llame al 911 o al número de emergencias de su localidad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your care record is kept in this folder:&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion does not look for updates by itself. To update, install the new version over this one; your record stays where it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su registro de cuidados se guarda en esta carpeta:&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion no busca actualizaciones por sí mismo. Para actualizar, instale la nueva versión encima de esta; su registro se queda donde está.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your care record is kept in this folder:&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion never connects to the internet, so it does not look for updates by itself. To update, install the new version over this one; your record stays where it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su registro de cuidados se guarda en esta carpeta:&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion nunca se conecta a internet, así que no busca actualizaciones por sí mismo. Para actualizar, instale la nueva versión encima de esta; su registro se queda donde está.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Care Companion</source>
        <translation>Acerca de Care Companion</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;A private record for families caring for someone in palliative care: the care team, a symptom diary, appointments and reading.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. Care Companion records and reports; it does not give medical advice. In an emergency, call 911 or your local emergency number.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;Un registro privado para familias que cuidan a alguien en cuidados paliativos: el equipo de atención, un diario de síntomas, las citas y material de lectura.&lt;/p&gt;&lt;p&gt;Todo se queda en esta computadora. Care Companion registra e informa; no da consejos médicos. En una emergencia, llame al 911 o al número de emergencias de su localidad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password protection</source>
        <translation>Protección con contraseña</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>The window can lock only when the care record has a password. Set one with File &gt; Password protection...</source>
        <translation>La ventana solo se puede bloquear cuando el registro de atención tiene una contraseña. Establezca una con Archivo &gt; Protección con contraseña...</translation>
    </message>
    <message>
        <source>No automatic backup was made: your care record is damaged. Your earlier backups are untouched; use File &gt; Restore from backup... to bring back the newest one.</source>
        <translation>No se hizo la copia de seguridad automática: su registro de atención está dañado. Sus copias de seguridad anteriores no se tocaron; use Archivo &gt; Restaurar desde una copia de seguridad... para recuperar la más reciente.</translation>
    </message>
    <message>
        <source>The automatic backup could not be made ({reason}). Your record itself is safe; try File &gt; Back up now.</source>
        <translation>No se pudo hacer la copia de seguridad automática ({reason}). Su registro en sí está a salvo; pruebe con Archivo &gt; Hacer una copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>Print &amp;medicine chart...</source>
        <translation>Imprimir la hoja de &amp;medicación...</translation>
    </message>
    <message>
        <source>A week&apos;s chart of the medicines by the clock, with boxes to initial: blank, or filled in from the log.</source>
        <translation>La hoja de una semana de los medicamentos con horario, con casillas para las iniciales: en blanco o rellenada con el registro.</translation>
    </message>
    <message>
        <source>Export medicine lo&amp;g...</source>
        <translation>Exportar el re&amp;gistro de medicación...</translation>
    </message>
    <message>
        <source>Save the doses given, skipped or not logged, as a spreadsheet or for a clinical system (FHIR).</source>
        <translation>Guarda las dosis administradas, omitidas o no registradas, como hoja de cálculo o para un sistema clínico (FHIR).</translation>
    </message>
    <message>
        <source>S&amp;hare with family...</source>
        <translation>Compartir con la &amp;familia...</translation>
    </message>
    <message>
        <source>Sync this record with the family&apos;s other computers through a shared folder, or see how the sharing stands.</source>
        <translation>Sincronizar este registro con los otros ordenadores de la familia mediante una carpeta compartida, o ver cómo va el uso compartido.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <source>Write this computer&apos;s changes to the family folder and read the others&apos;.</source>
        <translation>Escribir los cambios de este ordenador en la carpeta familiar y leer los de los demás.</translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>Choose whether the dose was given or not.</source>
        <translation>Indique si la dosis se dio o no.</translation>
    </message>
    <message>
        <source>Enter the time the dose was given.</source>
        <translation>Escriba la hora a la que se dio la dosis.</translation>
    </message>
    <message>
        <source>A dose cannot be given in the future.</source>
        <translation>Una dosis no puede darse en el futuro.</translation>
    </message>
    <message>
        <source>A dose that was not given has no time given.</source>
        <translation>Una dosis que no se dio no tiene hora de administración.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Elija un motivo de la lista.</translation>
    </message>
    <message>
        <source>A reason is kept only for a dose skipped or refused.</source>
        <translation>Solo se guarda un motivo para una dosis omitida o rechazada.</translation>
    </message>
    <message>
        <source>This medicine is no longer on the list.</source>
        <translation>Este medicamento ya no está en la lista.</translation>
    </message>
    <message>
        <source>Choose how the medicine is timed.</source>
        <translation>Elija cómo se reparte el medicamento en el día.</translation>
    </message>
    <message>
        <source>Choose the days from Monday to Sunday.</source>
        <translation>Elija los días de lunes a domingo.</translation>
    </message>
    <message>
        <source>Add at least one time of day for this medicine.</source>
        <translation>Añada al menos una hora del día para este medicamento.</translation>
    </message>
    <message>
        <source>Set the family&apos;s usual time for this meal or bedtime first.</source>
        <translation>Primero indique la hora habitual de la familia para esta comida o para acostarse.</translation>
    </message>
    <message>
        <source>Write each time as hours and minutes, like 08:00.</source>
        <translation>Escriba cada hora en horas y minutos, por ejemplo 08:00.</translation>
    </message>
    <message>
        <source>The same time is listed twice.</source>
        <translation>La misma hora aparece dos veces.</translation>
    </message>
    <message>
        <source>Give how many hours apart the doses are, from 1 to 24.</source>
        <translation>Indique cada cuántas horas van las dosis, de 1 a 24.</translation>
    </message>
    <message>
        <source>Doses every {hours} hours would come at different times each day. Choose 1, 2, 3, 4, 6, 8, 12 or 24 hours, or give the times one by one.</source>
        <translation>Con dosis cada {hours} horas, las horas cambiarían de un día a otro. Elija 1, 2, 3, 4, 6, 8, 12 o 24 horas, o indique las horas una por una.</translation>
    </message>
    <message>
        <source>Give the time of the first dose of the day.</source>
        <translation>Indique la hora de la primera dosis del día.</translation>
    </message>
    <message>
        <source>The time between doses must be more than zero.</source>
        <translation>El tiempo entre dosis debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The most doses in 24 hours must be at least 1.</source>
        <translation>El máximo de dosis en 24 horas debe ser al menos 1.</translation>
    </message>
    <message>
        <source>A medicine is given at this time; change its schedule before clearing it.</source>
        <translation>Hay un medicamento que se da a esta hora; cambie su horario antes de borrarla.</translation>
    </message>
    <message>
        <source>Choose a count or a refill.</source>
        <translation>Elija un recuento o una reposición.</translation>
    </message>
    <message>
        <source>Enter how many doses, a whole number above 0.</source>
        <translation>Escriba cuántas dosis, un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>Choose from 0 to 90 days.</source>
        <translation>Elija de 0 a 90 días.</translation>
    </message>
</context>
<context>
    <name>MedicineChart</name>
    <message>
        <source>Medicine chart</source>
        <translation>Hoja de medicación</translation>
    </message>
    <message>
        <source>Medicine chart: what was logged</source>
        <translation>Hoja de medicación: lo que se registró</translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>para {name}</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Semana del {first} al {last}</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>Alergias: {text}</translation>
    </message>
    <message>
        <source>With a question about a dose, call first: {name}, {number}</source>
        <translation>Si tiene una duda sobre una dosis, llame primero a: {name}, {number}</translation>
    </message>
    <message>
        <source>With a question about a dose, call first: {name}</source>
        <translation>Si tiene una duda sobre una dosis, llame primero a: {name}</translation>
    </message>
    <message>
        <source>No one is marked “call first” in the app yet. Write the number here:</source>
        <translation>Todavía no hay nadie marcado como «llamar primero» en la aplicación. Escriba el número aquí:</translation>
    </message>
    <message>
        <source>Allergies: not entered in the app. To find out, ask the family.</source>
        <translation>Alergias: no se han anotado en la aplicación. Para saberlo, pregunte a la familia.</translation>
    </message>
    <message>
        <source>{number} ({kind})</source>
        <translation>{number} ({kind})</translation>
    </message>
    <message>
        <source>When you give a dose, write your initials and the time in its box. If it was not given, write S (skipped) or R (refused) and why. Gray boxes: no dose due, or the medicine&apos;s times were not set up yet.</source>
        <translation>Cuando dé una dosis, escriba sus iniciales y la hora en su casilla. Si no se dio, escriba O (omitida) o R (rechazada) y el motivo. Casillas grises: ninguna dosis prevista, o los horarios del medicamento aún no estaban configurados.</translation>
    </message>
    <message>
        <source>As logged in the app on {date}. “Not logged” means nobody recorded whether the dose was given. Gray boxes: no dose due, or the medicine&apos;s times were not set up yet.</source>
        <translation>Según lo registrado en la aplicación el {date}. «No registrada» significa que nadie anotó si se dio la dosis. Casillas grises: ninguna dosis prevista, o los horarios del medicamento aún no estaban configurados.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>No medicine has its times set up in the app yet.</source>
        <translation>Ningún medicamento tiene todavía sus horas configuradas en la aplicación.</translation>
    </message>
    <message>
        <source>Given {time}</source>
        <translation>Dada {time}</translation>
    </message>
    <message>
        <source>Late {time}</source>
        <translation>Tarde {time}</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <source>dose {dose}</source>
        <translation>dosis {dose}</translation>
    </message>
    <message>
        <source>Also taken (the schedule is not set up in the app)</source>
        <translation>También se toman (el horario no está configurado en la aplicación)</translation>
    </message>
    <message>
        <source>as written: {schedule}</source>
        <translation>tal como se escribió: {schedule}</translation>
    </message>
    <message>
        <source>no schedule written</source>
        <translation>no se escribió ningún horario</translation>
    </message>
    <message>
        <source>As-needed medicines</source>
        <translation>Medicamentos a demanda</translation>
    </message>
    <message>
        <source>No as-needed medicine is on the list.</source>
        <translation>No hay ningún medicamento a demanda en la lista.</translation>
    </message>
    <message>
        <source>For: {reasons}</source>
        <translation>Para: {reasons}</translation>
    </message>
    <message>
        <source>If another dose would come sooner or go over the limit, call before giving it.</source>
        <translation>Si otra dosis llegara antes de tiempo o superara el límite, llame antes de darla.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>Hora en que se dio</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>No dose logged this week.</source>
        <translation>No se registró ninguna dosis esta semana.</translation>
    </message>
    <message>
        <source>Made by Care Companion on {date}</source>
        <translation>Hecha con Care Companion el {date}</translation>
    </message>
</context>
<context>
    <name>MedicineCounts</name>
    <message numerus="yes">
        <source>%n doses of {medicine} in the 24 hours before this one.</source>
        <translation>
            <numerusform>%n dosis de {medicine} en las 24 horas anteriores a esta.</numerusform>
            <numerusform>%n dosis de {medicine} en las 24 horas anteriores a esta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription as entered allows at most %n doses in 24 hours.</source>
        <translation>
            <numerusform>La receta, tal como se indicó, permite como máximo %n dosis en 24 horas.</numerusform>
            <numerusform>La receta, tal como se indicó, permite como máximo %n dosis en 24 horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours from {time}</source>
        <translation>
            <numerusform>cada %n hora desde las {time}</numerusform>
            <numerusform>cada %n horas desde las {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n doses in 24 hours</source>
        <translation>
            <numerusform>como máximo %n dosis en 24 horas</numerusform>
            <numerusform>como máximo %n dosis en 24 horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicineFiles</name>
    <message>
        <source>Save...</source>
        <translation>Guardar...</translation>
    </message>
    <message>
        <source>Print medicine chart</source>
        <translation>Imprimir la hoja de medicación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the medicine chart to {file}.</source>
        <translation>Se guardó la hoja de medicación en {file}.</translation>
    </message>
    <message>
        <source>Medicine chart</source>
        <translation>Hoja de medicación</translation>
    </message>
    <message>
        <source>FHIR files (*.json)</source>
        <translation>Archivos FHIR (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Archivos de hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export medicine log</source>
        <translation>Exportar el registro de medicación</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n doses of the medicine log to {file}.</source>
        <translation>
            <numerusform>Se guardó %n dosis del registro de medicación en {file}.</numerusform>
            <numerusform>Se guardaron %n dosis del registro de medicación en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Medicine log</source>
        <translation>Registro de medicación</translation>
    </message>
</context>
<context>
    <name>MedicineForm</name>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>For example 10 mg per 5 mL</source>
        <translation>Por ejemplo 10 mg por 5 mL</translation>
    </message>
    <message>
        <source>&amp;How taken:</source>
        <translation>Cómo se &amp;toma:</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>As on the label, for example morphine</source>
        <translation>Como en la etiqueta, por ejemplo morfina</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>&amp;Concentración:</translation>
    </message>
    <message>
        <source>As prescribed, for example every 12 hours</source>
        <translation>Como en la receta, por ejemplo cada 12 horas</translation>
    </message>
    <message>
        <source>As needed (breakthrough)</source>
        <translation>Según necesidad (de rescate)</translation>
    </message>
    <message>
        <source>A breakthrough or PRN medicine.</source>
        <translation>Un medicamento de rescate o PRN.</translation>
    </message>
    <message>
        <source>Taken &amp;as needed</source>
        <translation>Se toma según &amp;necesidad</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Para qué es:</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>For example pain, breathlessness, nausea</source>
        <translation>Por ejemplo dolor, falta de aire, náuseas</translation>
    </message>
    <message>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Recetado por:</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>St&amp;opped:</source>
        <translation>&amp;Suspendido:</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Fecha de suspensión</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>No se pudo guardar ({reason}). Revise que el disco no esté lleno e intente de nuevo; lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Agregar un medicamento</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Breakthrough dose</source>
        <translation>Dosis de rescate</translation>
    </message>
    <message>
        <source>Record a breakthrough dose</source>
        <translation>Anotar una dosis de rescate</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>falta de aire</translation>
    </message>
    <message>
        <source>cough</source>
        <translation>tos</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>náuseas</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>A nurse</source>
        <translation>Un enfermero o enfermera</translation>
    </message>
    <message>
        <source>Breakthrough dose form</source>
        <translation>Formulario de la dosis de rescate</translation>
    </message>
    <message>
        <source>by mouth</source>
        <translation>por la boca</translation>
    </message>
    <message>
        <source>under the tongue or in the cheek</source>
        <translation>debajo de la lengua o en la mejilla</translation>
    </message>
    <message>
        <source>skin patch</source>
        <translation>parche en la piel</translation>
    </message>
    <message>
        <source>injection under the skin</source>
        <translation>inyección debajo de la piel</translation>
    </message>
    <message>
        <source>inhaler or nebuliser</source>
        <translation>inhalador o nebulizador</translation>
    </message>
    <message>
        <source>suppository</source>
        <translation>supositorio</translation>
    </message>
    <message>
        <source>Medicine form</source>
        <translation>Formulario del medicamento</translation>
    </message>
    <message>
        <source>Still taking</source>
        <translation>Todavía lo toma</translation>
    </message>
    <message>
        <source>The time given cannot be in the future.</source>
        <translation>La hora de la toma no puede ser futura.</translation>
    </message>
    <message>
        <source>Add the as-needed medicine to the Medicines list first, then record its doses.</source>
        <translation>Primero agregue el medicamento según necesidad a la lista de Medicamentos y luego anote sus dosis.</translation>
    </message>
    <message>
        <source>Delete breakthrough dose</source>
        <translation>Eliminar dosis de rescate</translation>
    </message>
    <message>
        <source>The last one was given at {when} ({origin}), {since} before.</source>
        <translation>La última se dio el {when} ({origin}), {since} antes.</translation>
    </message>
    <message>
        <source>The last one was given at {when}, {since} before.</source>
        <translation>La última se dio el {when}, {since} antes.</translation>
    </message>
    <message>
        <source>The last one was given at {when}, by this computer&apos;s clock before it was set back (its clock or time zone was changed since), so the time between them is not known here.</source>
        <translation>La última se dio el {when}, según el reloj de esta computadora antes de que se atrasara (se cambió su hora o su zona horaria después), así que aquí no se sabe cuánto tiempo pasó entre ambas.</translation>
    </message>
    <message>
        <source>That is sooner than the smallest time between doses entered from the prescription: {interval}.</source>
        <translation>Es antes del tiempo mínimo entre dosis indicado según la receta: {interval}.</translation>
    </message>
    <message>
        <source>That may be sooner than the smallest time between doses entered from the prescription: {interval}.</source>
        <translation>Puede ser antes del tiempo mínimo entre dosis indicado según la receta: {interval}.</translation>
    </message>
    <message>
        <source>The next one was given at {when}, {since} after this one: sooner than the smallest time between doses entered from the prescription: {interval}.</source>
        <translation>La siguiente se dio el {when}, {since} después de esta: antes del tiempo mínimo entre dosis indicado según la receta: {interval}.</translation>
    </message>
    <message>
        <source>Check with the team before giving it, or tell them if it was given.</source>
        <translation>Consulte con el equipo antes de darla, o avíseles si ya se dio.</translation>
    </message>
    <message>
        <source>No limits were entered from the prescription; add them in the medicine&apos;s form on the Medicines list.</source>
        <translation>No se indicaron límites según la receta; añádalos en el formulario del medicamento, en la lista de Medicamentos.</translation>
    </message>
    <message>
        <source>with breakfast</source>
        <translation>con el desayuno</translation>
    </message>
    <message>
        <source>with lunch</source>
        <translation>con el almuerzo</translation>
    </message>
    <message>
        <source>with dinner</source>
        <translation>con la cena</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>al acostarse</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>los {days}</translation>
    </message>
    <message>
        <source>at least {interval} apart</source>
        <translation>con al menos {interval} entre dosis</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <source>{words} (schedule not set up yet)</source>
        <translation>{words} (horario aún sin configurar)</translation>
    </message>
    <message>
        <source>Schedule not set up yet</source>
        <translation>Horario aún sin configurar</translation>
    </message>
</context>
<context>
    <name>MedicinesPanel</name>
    <message>
        <source>The medicines the person takes, to bring to every visit. Stopping a medicine keeps it on the list with its dates.</source>
        <translation>Los medicamentos que toma la persona, para llevar a cada visita. Un medicamento suspendido sigue en la lista con sus fechas.</translation>
    </message>
    <message>
        <source>No medicines on the list yet. To start, click Add a medicine and copy each one from its label or the hospital&apos;s list. Give a regular medicine its times of day and its doses show on the Today page; tick Taken as needed for a breakthrough one.</source>
        <translation>Todavía no hay medicamentos en la lista. Para empezar, haga clic en Agregar un medicamento y copie cada uno de su etiqueta o de la lista del hospital. Dé a un medicamento habitual sus horas del día y sus dosis aparecerán en la página Hoy; marque Se toma según necesidad para uno de rescate.</translation>
    </message>
    <message>
        <source>&amp;Add a medicine...</source>
        <translation>A&amp;gregar un medicamento...</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Agregar un medicamento</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Edit the selected medicine</source>
        <translation>Editar el medicamento seleccionado</translation>
    </message>
    <message>
        <source>Mark as stopped today</source>
        <translation>Marcar como suspendido hoy</translation>
    </message>
    <message>
        <source>Mark the selected medicine stopped today</source>
        <translation>Marcar el medicamento seleccionado como suspendido hoy</translation>
    </message>
    <message>
        <source>&amp;Read about this medicine</source>
        <translation>&amp;Leer sobre este medicamento</translation>
    </message>
    <message>
        <source>Read about the selected medicine in Learn</source>
        <translation>Leer sobre el medicamento seleccionado en Aprender</translation>
    </message>
    <message>
        <source>Opens the Learn article about this kind of medicine. It is offered when the medicine&apos;s name is one the articles explain.</source>
        <translation>Abre el artículo de Aprender sobre este tipo de medicamento. Se ofrece cuando el nombre del medicamento es uno de los que explican los artículos.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Taking since {date}</source>
        <translation>Lo toma desde el {date}</translation>
    </message>
    <message>
        <source>Taking</source>
        <translation>Lo toma</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>Suspendido el {date}</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>How taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Medicine commands</source>
        <translation>Acciones del medicamento</translation>
    </message>
    <message>
        <source>Read about this medicine</source>
        <translation>Leer sobre este medicamento</translation>
    </message>
    <message>
        <source>{name} could not be marked as stopped ({reason}). Nothing was changed. Free some disk space and try again.</source>
        <translation>No se pudo marcar {name} como suspendido ({reason}). No se cambió nada. Libere espacio en el disco e intente de nuevo.</translation>
    </message>
    <message>
        <source>{name} marked as stopped today.</source>
        <translation>{name} se marcó como suspendido hoy.</translation>
    </message>
</context>
<context>
    <name>MedsCommand</name>
    <message>
        <source>{option} {day} is outside the days a care record holds; give a day from {first} to {last}</source>
        <translation>{option} {day} queda fuera de los días que puede contener un registro de atención; indique un día entre {first} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>exported %n doses to {file}</source>
        <translation>
            <numerusform>se exportó %n dosis a {file}</numerusform>
            <numerusform>se exportaron %n dosis a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>saved the medicine chart to {file}</source>
        <translation>se guardó la hoja de medicación en {file}</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <source>The glossary explains the words the team uses. Or keep the question for your care team: it goes on the list below, to ask at the next visit.</source>
        <translation>El glosario explica las palabras que usa el equipo. O guarde la pregunta para su equipo de atención: se añade a la lista de abajo, para hacerla en la próxima visita.</translation>
    </message>
    <message>
        <source>Open the &amp;glossary</source>
        <translation>Abrir el &amp;glosario</translation>
    </message>
    <message>
        <source>Open the glossary</source>
        <translation>Abrir el glosario</translation>
    </message>
    <message>
        <source>Ask m&amp;y team about this...</source>
        <translation>Pregunta&amp;r a mi equipo sobre esto...</translation>
    </message>
    <message>
        <source>Ask my team about what I searched for</source>
        <translation>Preguntar a mi equipo sobre lo que busqué</translation>
    </message>
</context>
<context>
    <name>NumberGuard</name>
    <message numerus="yes">
        <source>{field}: type a number from {low} to {high}, with at most %n digit(s) after the decimal point.</source>
        <translation>
            <numerusform>{field}: escriba un número del {low} al {high}, con %n decimal como máximo.</numerusform>
            <numerusform>{field}: escriba un número del {low} al {high}, con %n decimales como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: type a number from {low} to {high}.</source>
        <translation>{field}: escriba un número del {low} al {high}.</translation>
    </message>
    <message>
        <source>{field}: type a whole number from {low} to {high}.</source>
        <translation>{field}: escriba un número entero del {low} al {high}.</translation>
    </message>
</context>
<context>
    <name>OfficeHours</name>
    <message>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>de lunes a viernes</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>{days}, {opens} to {closes}</source>
        <translation>{days}, de {opens} a {closes}</translation>
    </message>
    <message>
        <source>Office hours of {name} are not entered in the Care team tab; the usual ones are assumed: {hours}.</source>
        <translation>El horario de atención de {name} no está ingresado en la pestaña Equipo de atención; se supone el habitual: {hours}.</translation>
    </message>
    <message>
        <source>Office hours of {name}: {hours}.</source>
        <translation>Horario de atención de {name}: {hours}.</translation>
    </message>
</context>
<context>
    <name>OfficeHoursFields</name>
    <message>
        <source>Office open on {day}</source>
        <translation>Abierto el {day}</translation>
    </message>
    <message>
        <source>Office opens at</source>
        <translation>Hora de apertura</translation>
    </message>
    <message>
        <source>Office closes at</source>
        <translation>Hora de cierre</translation>
    </message>
    <message>
        <source>Opens &amp;at:</source>
        <translation>&amp;Abre a las:</translation>
    </message>
    <message>
        <source>C&amp;loses at:</source>
        <translation>&amp;Cierra a las:</translation>
    </message>
    <message>
        <source>Symptom alerts show the number that answers at that time first. Left blank, the usual hours are assumed: {hours}.</source>
        <translation>Las alertas de síntomas muestran primero el número que atiende a esa hora. Si se deja en blanco, se supone el horario habitual: {hours}.</translation>
    </message>
</context>
<context>
    <name>PassChoice</name>
    <message>
        <source>{time} came twice that night. Which one was it?</source>
        <translation>Esa noche las {time} hubo dos veces. ¿Cuál de las dos fue?</translation>
    </message>
    <message>
        <source>{time} the first time (before the clocks went back)</source>
        <translation>Las {time} la primera vez (antes de atrasar los relojes)</translation>
    </message>
    <message>
        <source>{time} the second time (after)</source>
        <translation>Las {time} la segunda vez (después)</translation>
    </message>
    <message>
        <source>{time} came twice that night: choose the first time (before the clocks went back) or the second (after).</source>
        <translation>Esa noche las {time} hubo dos veces: elija la primera vez (antes de atrasar los relojes) o la segunda (después).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password protection</source>
        <translation>Protección con contraseña</translation>
    </message>
    <message>
        <source>Before you set a password: if it is lost, the record cannot be opened again, by you or by anyone else. There is no reset and no back door. Write the password down and keep it somewhere safe away from this computer, or tell it to someone you trust.</source>
        <translation>Antes de establecer una contraseña: si se pierde, nadie podrá volver a abrir el registro, ni usted ni ninguna otra persona. No hay forma de restablecerla ni otra manera de entrar. Anote la contraseña y guárdela en un lugar seguro, lejos de esta computadora, o désela a alguien de su confianza.</translation>
    </message>
    <message>
        <source>I &amp;understand that a lost password cannot be recovered</source>
        <translation>Ent&amp;iendo que una contraseña perdida no se puede recuperar</translation>
    </message>
    <message>
        <source>I understand that a lost password cannot be recovered</source>
        <translation>Entiendo que una contraseña perdida no se puede recuperar</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Bloquear la ventana después de</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>%n minuto sin uso</numerusform>
            <numerusform>%n minutos sin uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (lock it with File &gt; Lock now)</source>
        <translation>Nunca (bloquéela con Archivo &gt; Bloquear ahora)</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Repita la contraseña nueva:</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Bloquear la ventana después de:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Establecer la contraseña</translation>
    </message>
    <message>
        <source>Chan&amp;ge password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>&amp;Quitar contraseña</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Quitar la contraseña</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your care record is protected by a password.</source>
        <translation>Su registro de atención está protegido con una contraseña.</translation>
    </message>
    <message>
        <source>The record and its backups are encrypted: without the password they cannot be read. To change the password, type the current one and the new one twice. To remove it, type the current one.</source>
        <translation>El registro y sus copias de seguridad están cifrados: sin la contraseña no se pueden leer. Para cambiar la contraseña, escriba la actual y luego la nueva dos veces. Para quitarla, escriba la actual.</translation>
    </message>
    <message>
        <source>Your care record has no password.</source>
        <translation>Su registro de atención no tiene contraseña.</translation>
    </message>
    <message>
        <source>With a password, the record and its backups are encrypted on this computer, so someone who opens the laptop or copies the files cannot read them. The window also locks itself when no one has used it for a while.</source>
        <translation>Con una contraseña, el registro y sus copias de seguridad se cifran en esta computadora, así que alguien que abra la computadora portátil o copie los archivos no podrá leerlos. Además, la ventana se bloquea sola cuando nadie la ha usado por un rato.</translation>
    </message>
    <message>
        <source>The current password is not right; type it again.</source>
        <translation>La contraseña actual no es correcta; escríbala de nuevo.</translation>
    </message>
    <message>
        <source>Tick the box to say you understand that a lost password is lost for good.</source>
        <translation>Marque la casilla para indicar que entiende que una contraseña perdida se pierde para siempre.</translation>
    </message>
    <message>
        <source>The password is set.</source>
        <translation>Se estableció la contraseña.</translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation>Se cambió la contraseña.</translation>
    </message>
    <message>
        <source>Remove the password?</source>
        <translation>¿Quitar la contraseña?</translation>
    </message>
    <message>
        <source>Without a password, anyone who uses this computer or copies its files can read the care record and its backups. Remove the password?</source>
        <translation>Sin una contraseña, cualquier persona que use esta computadora o copie sus archivos puede leer el registro de atención y sus copias de seguridad. ¿Quitar la contraseña?</translation>
    </message>
    <message>
        <source>The password is removed.</source>
        <translation>Se quitó la contraseña.</translation>
    </message>
    <message>
        <source>Rewriting the care record and its backups...</source>
        <translation>Reescribiendo el registro de atención y sus copias de seguridad...</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups were made under an earlier password and keep that password.</source>
        <translation>
            <numerusform>%n copia de seguridad más antigua se hizo con una contraseña anterior y conserva esa contraseña.</numerusform>
            <numerusform>%n copias de seguridad más antiguas se hicieron con una contraseña anterior y conservan esa contraseña.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <source>S&amp;how what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>{folder} ({source}) is a file, not a folder; give the folder that holds the care record</source>
        <translation>{folder} ({source}) es un archivo, no una carpeta; indique la carpeta que contiene el registro de atención</translation>
    </message>
    <message>
        <source>--data-dir is empty; give the folder that holds the care record, or leave the option out to use the usual folder</source>
        <translation>--data-dir está vacío; indique la carpeta que contiene el registro de atención, u omita la opción para usar la carpeta habitual</translation>
    </message>
    <message>
        <source>{variable} is set but empty; set it to the folder that holds the care record, or unset it to use the usual folder</source>
        <translation>{variable} está definida pero vacía; asígnele la carpeta que contiene el registro de atención, o elimínela para usar la carpeta habitual</translation>
    </message>
</context>
<context>
    <name>PeopleAndQuestions</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>No one is on the Care team list yet. Add the team in the Care team tab, then tick who takes part here.</source>
        <translation>Todavía no hay nadie en la lista Equipo de atención. Agregue al equipo en la pestaña Equipo de atención y luego marque aquí quién participa.</translation>
    </message>
    <message>
        <source>{question} (ask: {who})</source>
        <translation>{question} (preguntar a: {who})</translation>
    </message>
    <message>
        <source>No open questions yet. Write them down in the Learn tab&apos;s question list as they come up; they will be offered here.</source>
        <translation>Todavía no hay preguntas pendientes. Anótelas en la lista de preguntas de la pestaña Aprender a medida que surjan; aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>PhoneNotes</name>
    <message>
        <source>“{title}” on {day} was deleted on a phone. Delete it here too?</source>
        <translation>«{title}» del {day} se borró en un teléfono. ¿Borrarla aquí también?</translation>
    </message>
    <message>
        <source>Changed on a phone and here</source>
        <translation>Cambiado en un teléfono y aquí</translation>
    </message>
    <message>
        <source>Deleted on a phone</source>
        <translation>Borrado en un teléfono</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Hide the note about changes on a phone</source>
        <translation>Ocultar el aviso de cambios en un teléfono</translation>
    </message>
    <message>
        <source>Show the other version...</source>
        <translation>Ver la otra versión...</translation>
    </message>
    <message>
        <source>Show the versions that were not kept, to read</source>
        <translation>Ver, para leerlas, las versiones que no se conservaron</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>Borrar aquí</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Borrarla aquí también</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Conservar aquí</translation>
    </message>
    <message>
        <source>Keep it here; it goes back to the phones</source>
        <translation>Conservarla aquí; vuelve a los teléfonos</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Number, as you would dial it</source>
        <translation>Número, como lo marcaría</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Phone number {n}</source>
        <translation>Número de teléfono {n}</translation>
    </message>
    <message>
        <source>Kind of phone number {n}</source>
        <translation>Tipo del número de teléfono {n}</translation>
    </message>
    <message>
        <source>Remove phone number {n}</source>
        <translation>Quitar el número de teléfono {n}</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>“{what}” was changed here and on a phone since the last sync: the phone&apos;s newer version was kept; the version from here is in its history.</source>
        <translation>«{what}» se cambió aquí y en un teléfono desde la última sincronización: se conservó la versión más reciente del teléfono; la de aquí queda en su historial.</translation>
    </message>
    <message>
        <source>“{what}” was changed here and on a phone since the last sync: the newer version from here was kept; the phone&apos;s version is in its history.</source>
        <translation>«{what}» se cambió aquí y en un teléfono desde la última sincronización: se conservó la versión más reciente de aquí; la del teléfono queda en su historial.</translation>
    </message>
    <message>
        <source>{path} on the server cannot be read and was left as it is ({why}).</source>
        <translation>{path} en el servidor no se puede leer y se dejó como estaba ({why}).</translation>
    </message>
    <message>
        <source>{path} on the server was not taken ({why}).</source>
        <translation>{path} del servidor no se incorporó ({why}).</translation>
    </message>
    <message>
        <source>{path} on the server: {note}.</source>
        <translation>{path} en el servidor: {note}.</translation>
    </message>
    <message>
        <source>The calendar server cannot be reached: check the address and the internet connection; changes wait here and go up at the next sync.</source>
        <translation>No se puede conectar con el servidor de calendario: compruebe la dirección y la conexión a internet; los cambios esperan aquí y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The calendar server refused the user name or the app password: sync is paused until they are entered again in Phones and calendars.</source>
        <translation>El servidor de calendario rechazó el nombre de usuario o la contraseña de aplicación: la sincronización queda en pausa hasta que se vuelvan a escribir en Teléfonos y calendarios.</translation>
    </message>
    <message>
        <source>The calendar server does not let this user change that calendar or address book: choose another one, or ask whoever runs the server.</source>
        <translation>El servidor de calendario no permite a este usuario cambiar ese calendario o esa libreta de direcciones: elija otro, o pregunte a quien gestiona el servidor.</translation>
    </message>
    <message>
        <source>The calendar or address book is no longer on the server (or the address is wrong): choose or create one again in Phones and calendars.</source>
        <translation>El calendario o la libreta de direcciones ya no está en el servidor (o la dirección es incorrecta): elija o cree uno de nuevo en Teléfonos y calendarios.</translation>
    </message>
    <message>
        <source>The calendar server is full: make room there; changes wait here and go up at the next sync.</source>
        <translation>El servidor de calendario está lleno: libere espacio en él; los cambios esperan aquí y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The calendar server ran into a problem of its own: nothing here was changed, and changes wait here and go up at the next sync. If it keeps happening, tell whoever runs the server.</source>
        <translation>El servidor de calendario tuvo un problema propio: aquí no se cambió nada, y los cambios esperan aquí y se envían en la próxima sincronización. Si sigue ocurriendo, avise a quien administra el servidor.</translation>
    </message>
    <message>
        <source>The calendar server gave an answer that cannot be read: check that the address is the CalDAV address of the server; nothing here was changed.</source>
        <translation>El servidor de calendario dio una respuesta que no se puede leer: compruebe que la dirección es la dirección CalDAV del servidor; aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for a server on this computer): the password and the appointments would travel unprotected.</source>
        <translation>La dirección debe empezar por https:// (http sin cifrar solo se permite para un servidor en este ordenador): la contraseña y las citas viajarían sin protección.</translation>
    </message>
    <message>
        <source>This computer does not trust the calendar server&apos;s certificate (it may be self-signed or out of date), so nothing was sent: check the address, or ask whoever runs the server for a certificate from a recognized authority such as Let&apos;s Encrypt.</source>
        <translation>Este ordenador no confía en el certificado del servidor de calendario (puede que sea autofirmado o esté caducado), así que no se envió nada: compruebe la dirección, o pida a quien administra el servidor un certificado de una autoridad reconocida, como Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate is made out for another address than the one typed, so nothing was sent: type the address exactly as the server&apos;s own web page shows it (its name, not a number), or ask whoever runs the server.</source>
        <translation>El certificado del servidor de calendario está hecho para otra dirección distinta de la escrita, así que no se envió nada: escriba la dirección tal como aparece en la propia página web del servidor (su nombre, no un número), o consulte a quien administra el servidor.</translation>
    </message>
    <message>
        <source>“{name}” was deleted from the address book on a phone; the care team keeps it, so it was put back (delete it in Care Companion to remove it everywhere).</source>
        <translation>«{name}» se borró de la libreta de direcciones en un teléfono; el equipo de cuidados lo conserva, así que se volvió a poner (bórrelo en Care Companion para quitarlo en todas partes).</translation>
    </message>
    <message>
        <source>The calendar server&apos;s password is no longer in this computer&apos;s keyring: enter it again in Phones and calendars.</source>
        <translation>La contraseña del servidor de calendario ya no está en el llavero de este ordenador: vuelva a escribirla en Teléfonos y calendarios.</translation>
    </message>
    <message>
        <source>Phones and calendars is not set up: enter the server&apos;s address, user and app password first.</source>
        <translation>Teléfonos y calendarios no está configurado: escriba primero la dirección del servidor, el usuario y la contraseña de aplicación.</translation>
    </message>
</context>
<context>
    <name>PhonesSendChoice</name>
    <message>
        <source>Oncology review</source>
        <translation>Revisión de oncología</translation>
    </message>
    <message>
        <source>Day unit, St Mary&apos;s Hospital</source>
        <translation>Hospital de día, Hospital St Mary&apos;s</translation>
    </message>
    <message>
        <source>Ask about the new pain patch. Bring the symptom diary.</source>
        <translation>Preguntar por el nuevo parche para el dolor. Llevar el diario de síntomas.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>Lo que sale de este ordenador</translation>
    </message>
    <message>
        <source>T&amp;itle and time only</source>
        <translation>Solo el título y la &amp;hora</translation>
    </message>
    <message>
        <source>Title, &amp;place and time</source>
        <translation>Título, lu&amp;gar y hora</translation>
    </message>
    <message>
        <source>&amp;Everything, including notes</source>
        <translation>To&amp;do, incluidas las notas</translation>
    </message>
    <message>
        <source>A phone shows:</source>
        <translation>Un teléfono muestra:</translation>
    </message>
</context>
<context>
    <name>PhonesStatusText</name>
    <message>
        <source>Server not reachable</source>
        <translation>No se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>The server refuses this calendar</source>
        <translation>El servidor rechaza este calendario</translation>
    </message>
    <message>
        <source>Calendar not found on the server</source>
        <translation>El calendario no está en el servidor</translation>
    </message>
    <message>
        <source>The server is full</source>
        <translation>El servidor está lleno</translation>
    </message>
    <message>
        <source>The server has a problem of its own</source>
        <translation>El servidor tiene un problema propio</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read</source>
        <translation>No se puede leer la respuesta del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s address needs https://</source>
        <translation>La dirección del servidor necesita https://</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another address</source>
        <translation>El certificado del servidor es para otra dirección</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password: sync paused (File &gt; Phones and calendars...)</source>
        <translation>Contraseña incorrecta: sincronización en pausa (Archivo &gt; Teléfonos y calendarios...)</translation>
    </message>
    <message>
        <source>Calendar not sent to the server yet</source>
        <translation>El calendario aún no se ha enviado al servidor</translation>
    </message>
    <message>
        <source>Calendar synced as of {time}</source>
        <translation>Calendario sincronizado a las {time}</translation>
    </message>
    <message>
        <source>Syncing the calendar with the server...</source>
        <translation>Sincronizando el calendario con el servidor...</translation>
    </message>
</context>
<context>
    <name>PhonesSync</name>
    <message>
        <source>The calendar sync stopped unexpectedly; it is tried again soon.</source>
        <translation>La sincronización del calendario se detuvo de forma inesperada; se volverá a intentar pronto.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>PrintoutList</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>PrintoutPhrases</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Care Companion</source>
        <translation>Le damos la bienvenida a Care Companion</translation>
    </message>
    <message>
        <source>Care record profile</source>
        <translation>Perfil del registro de atención</translation>
    </message>
    <message>
        <source>Welcome. A few details about the person you care for and about you will head every visit summary you print. Fill in what you know now; you can change it any time from Edit &gt; Care record profile, or skip this for now. The first steps after it open next; Help &gt; Getting started (F1) shows them again.</source>
        <translation>Le damos la bienvenida. Algunos datos sobre la persona que usted cuida y sobre usted encabezarán cada resumen de visita que imprima. Complete lo que sepa ahora; puede cambiarlo cuando quiera desde Editar &gt; Perfil del registro de atención, u omitir esto por ahora. Después se abren los primeros pasos; Ayuda &gt; Primeros pasos (F1) los vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sk&amp;ip for now</source>
        <translation>Omitir por a&amp;hora</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>The date of diagnosis cannot be in the future.</source>
        <translation>La fecha del diagnóstico no puede ser futura.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Not set yet: each computer uses its own time zone. Choose the zone where the person you care for lives; this computer&apos;s is {here}.</source>
        <translation>Aún sin elegir: cada computadora usa su propia zona horaria. Elija la zona donde vive la persona a quien cuida; la de esta computadora es {here}.</translation>
    </message>
    <message>
        <source>Every time in the record is read as {home} time, on each of the family&apos;s computers.</source>
        <translation>Todas las horas del registro se leen como hora de {home}, en cada computadora de la familia.</translation>
    </message>
    <message>
        <source>Every time in the record is read as {home} time. This computer is set to {here} time.</source>
        <translation>Todas las horas del registro se leen como hora de {home}. Esta computadora tiene la hora de {here}.</translation>
    </message>
    <message>
        <source>The profile could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>No se pudo guardar el perfil ({reason}). Revise que el disco no esté lleno e intente de nuevo; lo que escribió sigue aquí.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Care record profile</source>
        <translation>Perfil del registro de atención</translation>
    </message>
    <message>
        <source>The person you care for</source>
        <translation>La persona que usted cuida</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the person cared for</source>
        <translation>Nombre de la persona que recibe los cuidados</translation>
    </message>
    <message>
        <source>For example, Rosa Delgado</source>
        <translation>Por ejemplo, Rosa Delgado</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de na&amp;cimiento:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Leave it blank if you prefer not to record it.</source>
        <translation>Déjelo en blanco si prefiere no anotarlo.</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Diagnóstico:</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>As the doctors wrote it</source>
        <translation>Como lo escribieron los médicos</translation>
    </message>
    <message>
        <source>Medicines or foods, or &quot;none known&quot;</source>
        <translation>Medicamentos o alimentos, o &quot;ninguna conocida&quot;</translation>
    </message>
    <message>
        <source>For example, blue folder, kitchen drawer</source>
        <translation>Por ejemplo, carpeta azul, cajón de la cocina</translation>
    </message>
    <message>
        <source>Printed as &quot;Prepared by&quot;</source>
        <translation>Se imprime como &quot;Preparado por&quot;</translation>
    </message>
    <message>
        <source>One name a line, for example a neighbor who helps</source>
        <translation>Un nombre por línea, por ejemplo un vecino que ayuda</translation>
    </message>
    <message>
        <source>Date of dia&amp;gnosis:</source>
        <translation>Fecha del diagnós&amp;tico:</translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation>Fecha del diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Alergias:</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Advance directive &amp;kept at:</source>
        <translation>Directiva anticipada guardada &amp;en:</translation>
    </message>
    <message>
        <source>Where the advance directive is kept</source>
        <translation>Dónde se guarda la directiva anticipada</translation>
    </message>
    <message>
        <source>Preferred &amp;pharmacy:</source>
        <translation>&amp;Farmacia preferida:</translation>
    </message>
    <message>
        <source>Preferred pharmacy</source>
        <translation>Farmacia preferida</translation>
    </message>
    <message>
        <source>Name, address and phone</source>
        <translation>Nombre, dirección y teléfono</translation>
    </message>
    <message>
        <source>Home &amp;time zone:</source>
        <translation>&amp;Zona horaria del hogar:</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Zona horaria del hogar</translation>
    </message>
    <message>
        <source>Where the person you care for lives. Every time in the record is read on this clock, on each of the family&apos;s computers.</source>
        <translation>Donde vive la persona a quien cuida. Todas las horas del registro se leen con este reloj, en cada computadora de la familia.</translation>
    </message>
    <message>
        <source>You, the caregiver</source>
        <translation>Usted, la persona que cuida</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Su no&amp;mbre:</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Nombre de quien cuida</translation>
    </message>
    <message>
        <source>Your p&amp;hone:</source>
        <translation>Su te&amp;léfono:</translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation>Teléfono de quien cuida</translation>
    </message>
    <message>
        <source>Others &amp;who give care:</source>
        <translation>&amp;Otras personas que cuidan:</translation>
    </message>
    <message>
        <source>Other caregivers</source>
        <translation>Otros cuidadores</translation>
    </message>
    <message>
        <source>One name a line. They are offered as &quot;who gave it&quot; when a dose is recorded.</source>
        <translation>Un nombre por línea. Se ofrecen como &quot;quién la dio&quot; al registrar una dosis.</translation>
    </message>
    <message>
        <source>Everything you write here stays on this computer. It is printed only on summaries you choose to make.</source>
        <translation>Todo lo que escriba aquí se queda en esta computadora. Solo se imprime en los resúmenes que usted decida hacer.</translation>
    </message>
</context>
<context>
    <name>ProfileStrip</name>
    <message>
        <source>No care record profile yet. The person&apos;s name, date of birth and allergies head every visit summary.</source>
        <translation>Todavía no hay perfil del registro de atención. El nombre, la fecha de nacimiento y las alergias de la persona encabezan cada resumen de visita.</translation>
    </message>
    <message>
        <source>Fill in the profile...</source>
        <translation>Completar el perfil...</translation>
    </message>
    <message>
        <source>Caring for {name}</source>
        <translation>Cuidando a {name}</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nació el {date}</translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>Alergias: {allergies}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Edit profile...</source>
        <translation>Editar perfil...</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Add a question for the care team</source>
        <translation>Agregar una pregunta para el equipo de atención</translation>
    </message>
    <message>
        <source>Question for the care team</source>
        <translation>Pregunta para el equipo de atención</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Guardar pregunta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation>Cualquier persona del equipo</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>No visit chosen yet</source>
        <translation>Todavía no se eligió una visita</translation>
    </message>
    <message>
        <source>Any visit of {what}</source>
        <translation>Cualquier visita de {what}</translation>
    </message>
    <message>
        <source>{when}: {what}</source>
        <translation>{when}: {what}</translation>
    </message>
    <message>
        <source>Please write the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
    <message>
        <source>The question could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>No se pudo guardar la pregunta ({reason}). Revise que el disco no esté lleno e intente de nuevo; lo que escribió sigue aquí.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>For example: Which symptoms should we call about at night?</source>
        <translation>Por ejemplo: ¿Por qué síntomas deberíamos llamar de noche?</translation>
    </message>
    <message>
        <source>&amp;Who to ask:</source>
        <translation>&amp;A quién preguntar:</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>A role on the care team, or one of your contacts.</source>
        <translation>Una función del equipo de atención, o uno de sus contactos.</translation>
    </message>
    <message>
        <source>&amp;Plan to ask at:</source>
        <translation>Para preguntar &amp;en:</translation>
    </message>
    <message>
        <source>Plan to ask at</source>
        <translation>Para preguntar en</translation>
    </message>
    <message>
        <source>The visit where you mean to ask it. A repeating appointment is listed once for each of its coming dates.</source>
        <translation>La visita en la que piensa hacerla. Una cita que se repite aparece una vez por cada una de sus próximas fechas.</translation>
    </message>
    <message>
        <source>From the article:</source>
        <translation>Del artículo:</translation>
    </message>
    <message>
        <source>The team has &amp;answered this</source>
        <translation>El equipo ya &amp;respondió esto</translation>
    </message>
    <message>
        <source>The team has answered this</source>
        <translation>El equipo ya respondió esto</translation>
    </message>
    <message>
        <source>Their a&amp;nswer:</source>
        <translation>&amp;Su respuesta:</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>What the team said, in your own words</source>
        <translation>Lo que dijo el equipo, en sus propias palabras</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Delete question “{text}”</source>
        <translation>Eliminar la pregunta “{text}”</translation>
    </message>
    <message>
        <source>Answer “{text}”</source>
        <translation>Responder “{text}”</translation>
    </message>
    <message>
        <source>Questions for the care team</source>
        <translation>Preguntas para el equipo de atención</translation>
    </message>
    <message>
        <source>&amp;Add a question...</source>
        <translation>Agregar una pre&amp;gunta...</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Mark answered...</source>
        <translation>&amp;Marcar como respondida...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Edita&amp;r...</translation>
    </message>
    <message>
        <source>&amp;Show answered</source>
        <translation>M&amp;ostrar respondidas</translation>
    </message>
    <message>
        <source>Show answered questions</source>
        <translation>Mostrar las preguntas respondidas</translation>
    </message>
    <message>
        <source>A question stays here until you mark it answered or delete it.</source>
        <translation>Una pregunta queda aquí hasta que la marque como respondida o la elimine.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>Plan to ask at</source>
        <translation>Para preguntar en</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <source>No questions yet. While you read, press “Ask my team about this”, or click Add a question, to note what you want to ask at the next visit. A question stays here until you mark it answered or delete it.</source>
        <translation>Todavía no hay preguntas. Mientras lee, presione “Preguntar a mi equipo sobre esto”, o haga clic en Agregar una pregunta, para anotar lo que quiere preguntar en la próxima visita. Una pregunta queda aquí hasta que la marque como respondida o la elimine.</translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation>Cualquier persona del equipo</translation>
    </message>
    <message>
        <source>{when}: {what}</source>
        <translation>{when}: {what}</translation>
    </message>
    <message>
        <source>From the article “{title}”</source>
        <translation>Del artículo “{title}”</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>(no answer written down)</source>
        <translation>(no se anotó la respuesta)</translation>
    </message>
    <message>
        <source>Answer ({when}): {answer}</source>
        <translation>Respuesta ({when}): {answer}</translation>
    </message>
    <message>
        <source>Marked as answered. Tick Show answered to see it again.</source>
        <translation>Marcada como respondida. Marque Mostrar respondidas para verla de nuevo.</translation>
    </message>
    <message>
        <source>Deleted the question. Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó la pregunta. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>The change could not be saved ({reason}). Nothing was changed.</source>
        <translation>No se pudo guardar el cambio ({reason}). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>The care record {path} was saved by an older version of Care Companion and must be updated before it can be read, but nothing can be written beside it. Copy the folder to a place you may write to and use it from there.</source>
        <translation>El registro de atención {path} se guardó con una versión anterior de Care Companion y hay que actualizarlo antes de poder leerlo, pero no se puede escribir nada a su lado. Copie la carpeta a un lugar donde pueda escribir y úsela desde allí.</translation>
    </message>
    <message>
        <source>the disk is full; nothing was imported into {path}. Free some space on that disk and try again.</source>
        <translation>el disco está lleno; no se importó nada en {path}. Libere espacio en ese disco e intente de nuevo.</translation>
    </message>
    <message>
        <source>the disk is full: {file} could not be written, and nothing was changed. Free some space on that disk, or choose another place, and try again.</source>
        <translation>el disco está lleno: no se pudo escribir {file} y no se cambió nada. Libere espacio en ese disco, o elija otro lugar, e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>RecordContents</name>
    <message numerus="yes">
        <source>%n diary entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>{file} is a folder Care Companion keeps for the care record; choose a file name in another folder. Nothing was written.</source>
        <translation>{file} es una carpeta que Care Companion mantiene para el registro de atención; elija un nombre de archivo en otra carpeta. No se escribió nada.</translation>
    </message>
    <message>
        <source>{file} is one of the files Care Companion keeps for the care record; saving there would destroy it. Choose another name or folder. Nothing was written.</source>
        <translation>{file} es uno de los archivos que Care Companion mantiene para el registro de atención; guardar ahí lo destruiría. Elija otro nombre u otra carpeta. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>RecordPassword</name>
    <message>
        <source>Use at least {count} characters; a short sentence is easy to remember.</source>
        <translation>Use al menos {count} caracteres; una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <source>The password cannot contain that character.</source>
        <translation>La contraseña no puede contener ese carácter.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>Las dos contraseñas no son iguales; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>That was the password of this care record before it was changed. Type the new password.</source>
        <translation>Esa era la contraseña de este registro de atención antes de cambiarla. Escriba la contraseña nueva.</translation>
    </message>
    <message>
        <source>That password does not open the care record. Check that Caps Lock is off and try again. If you are sure it is right, the file may be damaged: restore a backup (caregiver-app restore FILE).</source>
        <translation>Esa contraseña no abre el registro de atención. Revise que la tecla Bloq Mayús no esté activada e intente de nuevo. Si tiene la certeza de que es correcta, puede que el archivo esté dañado: restaure una copia de seguridad (caregiver-app restore FILE).</translation>
    </message>
    <message>
        <source>That is not the password of this care record. Check that Caps Lock is off and try again.</source>
        <translation>Esa no es la contraseña de este registro de atención. Revise que la tecla Bloq Mayús no esté activada e intente de nuevo.</translation>
    </message>
    <message>
        <source>The password was not changed: the record could not be rewritten ({reason}). Nothing was changed; check that the disk has free space and try again.</source>
        <translation>No se cambió la contraseña: no se pudo reescribir el registro ({reason}). No se cambió nada; revise que haya espacio libre en el disco e intente de nuevo.</translation>
    </message>
    <message>
        <source>The password was not changed: the care record is open in another program. Close it and try again.</source>
        <translation>No se cambió la contraseña: el registro de atención está abierto en otro programa. Cierre ese programa e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Your care record is damaged</source>
        <translation>Su registro de atención está dañado</translation>
    </message>
    <message>
        <source>Care Companion found damage in your care record, so it has not opened it. This can happen after a power cut, a full disk or a failing drive.</source>
        <translation>Care Companion encontró daños en su registro de atención, así que no lo abrió. Esto puede pasar después de un corte de luz, con un disco lleno o con un disco que está fallando.</translation>
    </message>
    <message>
        <source>Nothing was deleted. The damaged file is kept, renamed, as:</source>
        <translation>No se borró nada. El archivo dañado se conserva, con otro nombre, como:</translation>
    </message>
    <message>
        <source>Your newest good backup is from {date}. It holds {entries} (the latest from {latest}), {contacts} and {appointments}. Restoring it brings back everything saved up to then.</source>
        <translation>Su copia de seguridad en buen estado más reciente es del {date}. Contiene {entries} (la más reciente del {latest}), {contacts} y {appointments}. Al restaurarla, se recupera todo lo que se guardó hasta ese momento.</translation>
    </message>
    <message>
        <source>There is no backup that passes the check. You can start with an empty record, or quit and restore a copy saved elsewhere later with File &gt; Restore from backup...</source>
        <translation>No hay ninguna copia de seguridad que pase la revisión. Puede empezar con un registro vacío, o salir y restaurar más tarde una copia guardada en otro lugar con Archivo &gt; Restaurar desde una copia de seguridad...</translation>
    </message>
    <message>
        <source>What SQLite&apos;s check reported:</source>
        <translation>Lo que informó la revisión de SQLite:</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>Restaurar la copia de seguridad del {date}</translation>
    </message>
    <message>
        <source>Start with an empty record</source>
        <translation>Empezar con un registro vacío</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your care record {file} is damaged, and it could not be moved aside ({reason}). Nothing was changed. Check that you may write to its folder, then open Care Companion again.</source>
        <translation>Su registro de atención {file} está dañado y no se pudo apartar ({reason}). No se cambió nada. Revise que tenga permiso para escribir en su carpeta y luego vuelva a abrir Care Companion.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). The damaged record is still kept as {file}. Care Companion will start with an empty record; try File &gt; Restore from backup... again.</source>
        <translation>No se pudo restaurar la copia de seguridad ({reason}). El registro dañado se sigue conservando como {file}. Care Companion empezará con un registro vacío; intente de nuevo con Archivo &gt; Restaurar desde una copia de seguridad...</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <source>Show in calendar</source>
        <translation>Mostrar en el calendario</translation>
    </message>
    <message>
        <source>Show the appointment in the calendar</source>
        <translation>Mostrar la cita en el calendario</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the reminders</source>
        <translation>Cerrar los recordatorios</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Missed while Care Companion was closed: {title}, {when}.</source>
        <translation>Recordatorio que no se vio mientras Care Companion estaba cerrado: {title}, {when}.</translation>
    </message>
    <message>
        <source>Reminder: {title}, {when}.</source>
        <translation>Recordatorio: {title}, {when}.</translation>
    </message>
    <message>
        <source>At {place}.</source>
        <translation>En {place}.</translation>
    </message>
    <message>
        <source>Video visit.</source>
        <translation>Visita por video.</translation>
    </message>
    <message>
        <source>{day} {time} {title}</source>
        <translation>{day} {time} {title}</translation>
    </message>
    <message>
        <source>Booked for today and tomorrow: {list}.</source>
        <translation>Programado para hoy y mañana: {list}.</translation>
    </message>
    <message>
        <source>Care Companion</source>
        <translation>Care Companion</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>{medicine}, due at {time}, is not logged yet.</source>
        <translation>{medicine}, que tocaba a las {time}, aún no está anotado.</translation>
    </message>
    <message>
        <source>Time for {medicine}: due at {time}.</source>
        <translation>Es la hora de {medicine}: toca a las {time}.</translation>
    </message>
    <message>
        <source>Answer each dose on the Today page: Given or Skipped.</source>
        <translation>Responda cada dosis en la página Hoy: Dada u Omitida.</translation>
    </message>
    <message numerus="yes">
        <source>While Care Companion was closed, %n doses came due. They are not logged yet, to be answered on the Today page:</source>
        <translation>
            <numerusform>Mientras Care Companion estaba cerrado tocaba %n dosis. Aún no está anotada; respóndala en la página Hoy:</numerusform>
            <numerusform>Mientras Care Companion estaba cerrado tocaban %n dosis. Aún no están anotadas; respóndalas en la página Hoy:</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine}, {time}</source>
        <translation>{medicine}, {time}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>y %n más.</numerusform>
            <numerusform>y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine}: no doses left, by the count.</source>
        <translation>{medicine}: no quedan dosis, según el recuento.</translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses left.</source>
        <translation>
            <numerusform>{medicine}: queda %n dosis.</numerusform>
            <numerusform>{medicine}: quedan %n dosis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses left, enough until about {day}.</source>
        <translation>
            <numerusform>{medicine}: queda %n dosis, suficiente hasta aproximadamente el {day}.</numerusform>
            <numerusform>{medicine}: quedan %n dosis, suficientes hasta aproximadamente el {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to ask for a refill.</source>
        <translation>Es hora de pedir una reposición.</translation>
    </message>
    <message>
        <source>Pharmacy: {pharmacy}</source>
        <translation>Farmacia: {pharmacy}</translation>
    </message>
    <message>
        <source>No pharmacy is in the profile yet: add it with Edit profile to see it here.</source>
        <translation>Aún no hay ninguna farmacia en el perfil: añádala con Editar perfil para verla aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Refill of {medicine} logged: %n doses added, as many as the last refill or count. If the pack held another number, count the doses in the medicine&apos;s form.</source>
        <translation>
            <numerusform>Reposición de {medicine} anotada: se añadió %n dosis, tantas como en la última reposición o recuento. Si el envase traía otro número, cuente las dosis en la ficha del medicamento.</numerusform>
            <numerusform>Reposición de {medicine} anotada: se añadieron %n dosis, tantas como en la última reposición o recuento. Si el envase traía otro número, cuente las dosis en la ficha del medicamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refill of {medicine} could not be logged ({reason}). Try again.</source>
        <translation>No se pudo anotar la reposición de {medicine} ({reason}). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The refill of {medicine} is not logged: the app does not know how many doses a pack holds. Count the doses on hand in the medicine&apos;s form.</source>
        <translation>La reposición de {medicine} no se anotó: la aplicación no sabe cuántas dosis trae un envase. Cuente las dosis que tiene en la ficha del medicamento.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n weeks before</source>
        <translation>
            <numerusform>%n semana antes</numerusform>
            <numerusform>%n semanas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours before</source>
        <translation>
            <numerusform>%n hora antes</numerusform>
            <numerusform>%n horas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Your record as it is now is first kept as a backup itself, so you can change your mind later.</source>
        <translation>Elija la copia de seguridad que quiere recuperar. Antes, su registro tal como está ahora se guarda también como copia de seguridad, así que puede cambiar de opinión más tarde.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet. Care Companion makes one when you close it after a change, and every few hours while it is open; File &gt; Back up now makes one at once. To restore a copy saved elsewhere (a USB stick), choose Another file...</source>
        <translation>Todavía no hay copias de seguridad en esta carpeta. Care Companion hace una cuando usted lo cierra después de un cambio, y cada pocas horas mientras está abierto; Archivo &gt; Hacer una copia de seguridad ahora hace una de inmediato. Para restaurar una copia guardada en otro lugar (una memoria USB), elija Otro archivo...</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Restaurar...</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>&amp;Another file...</source>
        <translation>&amp;Otro archivo...</translation>
    </message>
    <message>
        <source>Restore a backup file saved elsewhere</source>
        <translation>Restaurar un archivo de copia de seguridad guardado en otro lugar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Latest entry</source>
        <translation>Última entrada</translation>
    </message>
    <message>
        <source>{date} (kept before a restore)</source>
        <translation>{date} (guardada antes de una restauración)</translation>
    </message>
    <message>
        <source>Made under another password</source>
        <translation>Hecha con otra contraseña</translation>
    </message>
    <message>
        <source>Damaged: cannot be used</source>
        <translation>Dañada: no se puede usar</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>Contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>{file} was made when the record had another password. Type that password to restore it:</source>
        <translation>{file} se hizo cuando el registro tenía otra contraseña. Escriba esa contraseña para restaurarla:</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Care Companion backups (*.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de Care Companion (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Replace your care record with the backup of {date}?

It holds {entries} (the latest from {latest}), {contacts} and {appointments}. Anything saved after it was made will no longer show, but your record as it is now is kept as a backup first, so you can restore that later.</source>
        <translation>¿Reemplazar su registro de atención con la copia de seguridad del {date}?

Contiene {entries} (la más reciente del {latest}), {contacts} y {appointments}. Lo que se haya guardado después de hacerla ya no aparecerá, pero antes su registro tal como está ahora se guarda como copia de seguridad, así que puede restaurarlo más tarde.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Keep my record as it is</source>
        <translation>Dejar mi registro como está</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>palliative care physician</source>
        <translation>médico de cuidados paliativos</translation>
    </message>
    <message>
        <source>Leads symptom relief and talks through goals of care and quality of life.</source>
        <translation>Dirige el alivio de los síntomas y conversa con ustedes sobre los objetivos de la atención y la calidad de vida.</translation>
    </message>
    <message>
        <source>nurse navigator</source>
        <translation>enfermera navegadora</translation>
    </message>
    <message>
        <source>Your main link to the team: follows symptoms and hospital stays, arranges equipment and transport.</source>
        <translation>Su vínculo principal con el equipo: da seguimiento a los síntomas y a las hospitalizaciones, y consigue el equipo médico y el transporte.</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>enfermera/o</translation>
    </message>
    <message>
        <source>Checks on symptoms and medicines and answers day-to-day care questions.</source>
        <translation>Revisa los síntomas y los medicamentos, y responde preguntas sobre el cuidado diario.</translation>
    </message>
    <message>
        <source>social worker or counselor</source>
        <translation>trabajador social o consejero</translation>
    </message>
    <message>
        <source>Support with stress, anxiety, coping and practical worries.</source>
        <translation>Apoyo con el estrés, la ansiedad, cómo sobrellevar la situación y las preocupaciones prácticas.</translation>
    </message>
    <message>
        <source>pharmacist</source>
        <translation>farmacéutico</translation>
    </message>
    <message>
        <source>Finds hard-to-get medicines and advises on side effects and refills.</source>
        <translation>Consigue medicamentos difíciles de encontrar y aconseja sobre efectos secundarios y renovación de recetas.</translation>
    </message>
    <message>
        <source>chaplain</source>
        <translation>capellán</translation>
    </message>
    <message>
        <source>Spiritual support for the patient and family, any faith or none.</source>
        <translation>Apoyo espiritual para el paciente y la familia, de cualquier fe o de ninguna.</translation>
    </message>
    <message>
        <source>respiratory therapist</source>
        <translation>terapeuta respiratorio</translation>
    </message>
    <message>
        <source>Breathing techniques, oxygen and breathing equipment.</source>
        <translation>Técnicas para respirar, oxígeno y aparatos para respirar.</translation>
    </message>
    <message>
        <source>pulmonologist</source>
        <translation>neumólogo</translation>
    </message>
    <message>
        <source>Lung specialist; can drain fluid that builds up around the lungs.</source>
        <translation>Especialista en los pulmones; puede drenar el líquido que se acumula alrededor de los pulmones.</translation>
    </message>
    <message>
        <source>registered dietitian</source>
        <translation>dietista-nutricionista</translation>
    </message>
    <message>
        <source>Help with appetite, weight loss, nutrition drinks and eating well.</source>
        <translation>Ayuda con el apetito, la pérdida de peso, los batidos nutricionales y una buena alimentación.</translation>
    </message>
    <message>
        <source>care coordinator</source>
        <translation>coordinador de atención</translation>
    </message>
    <message>
        <source>First contact for booking visits and insurance questions, and for a move to hospice if it is ever needed.</source>
        <translation>Primer contacto para programar visitas y para preguntas sobre el seguro, y para el paso a cuidados de hospicio si alguna vez hace falta.</translation>
    </message>
    <message>
        <source>oncologist</source>
        <translation>oncólogo</translation>
    </message>
    <message>
        <source>Leads the cancer treatment and can refer you to palliative care.</source>
        <translation>Dirige el tratamiento del cáncer y puede derivarlos a cuidados paliativos.</translation>
    </message>
    <message>
        <source>primary care physician</source>
        <translation>médico de atención primaria</translation>
    </message>
    <message>
        <source>The family doctor, for health needs outside the cancer care.</source>
        <translation>El médico de familia, para las necesidades de salud que no tienen que ver con la atención del cáncer.</translation>
    </message>
    <message>
        <source>hospice team</source>
        <translation>equipo de hospicio</translation>
    </message>
    <message>
        <source>Comfort-focused care, often at home, if and when the time comes.</source>
        <translation>Atención centrada en la comodidad, a menudo en casa, si llega el momento y cuando llegue.</translation>
    </message>
    <message>
        <source>home health</source>
        <translation>atención domiciliaria</translation>
    </message>
    <message>
        <source>Nurses and aides who visit the home to help with care.</source>
        <translation>Enfermeras y asistentes que visitan el hogar para ayudar con el cuidado.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Family, friends and anyone else worth having at hand.</source>
        <translation>Familia, amigos y cualquier otra persona que convenga tener a mano.</translation>
    </message>
</context>
<context>
    <name>SameDaySuggestions</name>
    <message>
        <source>Teams often book palliative care on the same day as an oncology visit, to spare extra trips. Oncology visits within a week:</source>
        <translation>Los equipos suelen programar los cuidados paliativos el mismo día que una visita de oncología, para ahorrar viajes. Visitas de oncología a menos de una semana:</translation>
    </message>
    <message>
        <source>{title}: {day}, {time}</source>
        <translation>{title}: {day}, {time}</translation>
    </message>
    <message>
        <source>Book that day</source>
        <translation>Programar ese día</translation>
    </message>
    <message>
        <source>Book on the same day as {visit}</source>
        <translation>Programar el mismo día que {visit}</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{file} is already in {folder}. Replace it with the new one?</source>
        <translation>{file} ya está en {folder}. ¿Desea reemplazarlo por el nuevo?</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>When it is given</source>
        <translation>Cuándo se da</translation>
    </message>
    <message>
        <source>Not set &amp;up yet</source>
        <translation>Aún sin config&amp;urar</translation>
    </message>
    <message>
        <source>At set t&amp;imes of day</source>
        <translation>A horas fi&amp;jas del día</translation>
    </message>
    <message>
        <source>E&amp;very few hours</source>
        <translation>Ca&amp;da ciertas horas</translation>
    </message>
    <message>
        <source>A change to when it is given counts from the moment you save it: the doses before keep the times they had then.</source>
        <translation>Un cambio en el horario de este medicamento vale desde el momento en que lo guarde: las dosis anteriores conservan los horarios que tenían entonces.</translation>
    </message>
    <message>
        <source>Times set up now count from the moment you save them: the days before ask for no dose of this medicine.</source>
        <translation>Los horarios que configure ahora valen desde el momento en que los guarde: en los días anteriores no se pide ninguna dosis de este medicamento.</translation>
    </message>
    <message>
        <source>With no date in Started, these times count from the moment you save them and the days before ask for no dose; with one, they count from that day.</source>
        <translation>Sin una fecha en Inicio, estos horarios valen desde el momento en que los guarde y en los días anteriores no se pide ninguna dosis; con una fecha, valen desde ese día.</translation>
    </message>
    <message>
        <source>Clock times (leave a box empty to remove it):</source>
        <translation>Horas (deje una casilla vacía para quitarla):</translation>
    </message>
    <message>
        <source>Add another ti&amp;me</source>
        <translation>&amp;Añadir otra hora</translation>
    </message>
    <message>
        <source>Add another time of day</source>
        <translation>Añadir otra hora del día</translation>
    </message>
    <message>
        <source>With meals or at bedtime, at the family&apos;s usual times (the same for every medicine; change them here):</source>
        <translation>Con las comidas o al acostarse, a las horas habituales de la familia (las mismas para todos los medicamentos; cámbielas aquí):</translation>
    </message>
    <message>
        <source>With &amp;breakfast</source>
        <translation>Con el desa&amp;yuno</translation>
    </message>
    <message>
        <source>Usual breakfast time</source>
        <translation>Hora habitual del desayuno</translation>
    </message>
    <message>
        <source>With &amp;lunch</source>
        <translation>Con el almuer&amp;zo</translation>
    </message>
    <message>
        <source>Usual lunch time</source>
        <translation>Hora habitual del almuerzo</translation>
    </message>
    <message>
        <source>With dinner</source>
        <translation>Con la c&amp;ena</translation>
    </message>
    <message>
        <source>Usual dinner time</source>
        <translation>Hora habitual de la cena</translation>
    </message>
    <message>
        <source>Usual bedtime</source>
        <translation>Hora habitual de acostarse</translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation>A&amp;l acostarse</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>A change to a usual time counts from the moment you save it, for every medicine given with meals or at bedtime: the doses before keep the times they had then.</source>
        <translation>Un cambio en una hora habitual vale desde el momento en que lo guarde, para todos los medicamentos que se dan con las comidas o al acostarse: las dosis anteriores conservan las horas que tenían entonces.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Hours between doses</source>
        <translation>Horas entre dosis</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>hours, the first dose of the day at</source>
        <translation>horas, la primera dosis del día a las</translation>
    </message>
    <message>
        <source>Time of the first dose of the day</source>
        <translation>Hora de la primera dosis del día</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation>Estos días:</translation>
    </message>
    <message>
        <source>Time of day {number}</source>
        <translation>Hora del día {number}</translation>
    </message>
    <message>
        <source>Schedule not set up yet. The prescription&apos;s words above are kept as written; choose how it is timed to have its doses listed on the Today page.</source>
        <translation>Horario aún sin configurar. Las palabras de la receta, arriba, se guardan tal como se escribieron; elija cómo se reparte para que sus dosis aparezcan en la página Hoy.</translation>
    </message>
    <message>
        <source>Schedule not set up yet: choose how it is timed to have its doses listed on the Today page.</source>
        <translation>Horario aún sin configurar: elija cómo se reparte para que sus dosis aparezcan en la página Hoy.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week for this medicine.</source>
        <translation>Elija al menos un día de la semana para este medicamento.</translation>
    </message>
    <message>
        <source>Type the family&apos;s usual time for this meal or bedtime.</source>
        <translation>Escriba la hora habitual de la familia para esta comida o para acostarse.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the record read back other counts than were written</source>
        <translation>el registro devolvió otras cantidades que las escritas</translation>
    </message>
    <message>
        <source>the record was written without encryption</source>
        <translation>el registro se escribió sin cifrar</translation>
    </message>
    <message>
        <source>the record opened with a wrong password</source>
        <translation>el registro se abrió con una contraseña equivocada</translation>
    </message>
    <message>
        <source>the encrypted record did not read back</source>
        <translation>el registro cifrado no se pudo volver a leer</translation>
    </message>
    <message>
        <source>the tab {tab} did not show</source>
        <translation>la pestaña {tab} no se mostró</translation>
    </message>
    <message>
        <source>the PDF is not whole ({size} bytes)</source>
        <translation>el PDF no está completo ({size} bytes)</translation>
    </message>
    <message>
        <source>care record without a password</source>
        <translation>registro de cuidados sin contraseña</translation>
    </message>
    <message>
        <source>care record with a password</source>
        <translation>registro de cuidados con contraseña</translation>
    </message>
    <message>
        <source>main window and each tab</source>
        <translation>ventana principal y cada pestaña</translation>
    </message>
    <message>
        <source>visit summary</source>
        <translation>resumen de la visita</translation>
    </message>
    <message>
        <source>Who to call sheet</source>
        <translation>hoja “A quién llamar”</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traducciones</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>fuente china</translation>
    </message>
    <message>
        <source>fonts of the printouts</source>
        <translation>fuentes de los documentos impresos</translation>
    </message>
    <message>
        <source>FAILED {check}: {reason}</source>
        <translation>FALLÓ {check}: {reason}</translation>
    </message>
    <message>
        <source>ok     {check}</source>
        <translation>bien   {check}</translation>
    </message>
    <message>
        <source>the self-test failed: {checks}</source>
        <translation>la autocomprobación falló: {checks}</translation>
    </message>
    <message>
        <source>{file} is missing or empty</source>
        <translation>falta {file} o está vacío</translation>
    </message>
    <message>
        <source>{file} does not translate {text}</source>
        <translation>{file} no traduce {text}</translation>
    </message>
    <message>
        <source>Qt&apos;s own {file} is missing from {folder}</source>
        <translation>falta el archivo propio de Qt {file} en {folder}</translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation>falta {file}</translation>
    </message>
    <message>
        <source>Qt cannot read {file}</source>
        <translation>Qt no puede leer {file}</translation>
    </message>
    <message>
        <source>{file} does not cover Simplified Chinese</source>
        <translation>{file} no cubre el chino simplificado</translation>
    </message>
    <message>
        <source>ReportLab cannot read {file}</source>
        <translation>ReportLab no puede leer {file}</translation>
    </message>
    <message>
        <source>{file} does not draw {character}</source>
        <translation>{file} no dibuja {character}</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, todo el día</translation>
    </message>
    <message>
        <source>{first} to {last}, all day</source>
        <translation>del {first} al {last}, todo el día</translation>
    </message>
    <message>
        <source>{starts} to {ends}</source>
        <translation>{starts} a {ends}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Yes, it is a series</source>
        <translation>Sí, es una serie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace de video</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Quién maneja</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>{number} ({kind})</source>
        <translation>{number} ({kind})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>What to call about</source>
        <translation>Para qué llamar</translation>
    </message>
    <message>
        <source>This version could not be read as an appointment, so its details cannot be shown one by one.</source>
        <translation>Esta versión no se pudo leer como una cita, así que sus datos no se pueden mostrar uno por uno.</translation>
    </message>
    <message>
        <source>This version could not be read as a contact, so its details cannot be shown one by one.</source>
        <translation>Esta versión no se pudo leer como un contacto, así que sus datos no se pueden mostrar uno por uno.</translation>
    </message>
    <message>
        <source>An appointment no longer in the calendar</source>
        <translation>Una cita que ya no está en el calendario</translation>
    </message>
    <message>
        <source>An appointment without a title, on {day}</source>
        <translation>Una cita sin título, el {day}</translation>
    </message>
    <message>
        <source>“{title}” on {day}</source>
        <translation>«{title}» el {day}</translation>
    </message>
    <message>
        <source>A contact no longer in the care team</source>
        <translation>Un contacto que ya no está en el equipo de cuidados</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>The phone&apos;s version was kept. This is the version from this computer.</source>
        <translation>Se conservó la versión del teléfono. Esta es la versión de esta computadora.</translation>
    </message>
    <message>
        <source>This computer&apos;s version was kept. This is the phone&apos;s version.</source>
        <translation>Se conservó la versión de esta computadora. Esta es la versión del teléfono.</translation>
    </message>
    <message>
        <source>Noticed {moment}</source>
        <translation>Detectado el {moment}</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Versions set aside</source>
        <translation>Versiones apartadas</translation>
    </message>
    <message>
        <source>When something was changed both here and on a phone, the newer version was kept and the other one is shown here, newest first. Nothing here changes the record.</source>
        <translation>Cuando algo se cambió aquí y en un teléfono, se conservó la versión más reciente y la otra se muestra aquí, de la más nueva a la más antigua. Nada de lo que hay aquí cambia el registro.</translation>
    </message>
    <message>
        <source>No versions have been set aside.</source>
        <translation>No se ha apartado ninguna versión.</translation>
    </message>
    <message>
        <source>The versions set aside</source>
        <translation>Las versiones apartadas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Show the text as the server sent it</source>
        <translation>Mostrar el texto tal como lo envió el servidor</translation>
    </message>
    <message>
        <source>The text as the server sent it</source>
        <translation>El texto tal como lo envió el servidor</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Phones and calendars</source>
        <translation>Teléfonos y calendarios</translation>
    </message>
    <message>
        <source>Put the appointments and the care team on the family&apos;s phones, through a calendar server you already have. Nothing is sent until you press Start.</source>
        <translation>Ponga las citas y el equipo de atención en los teléfonos de la familia, a través de un servidor de calendario que ya tengan. No se envía nada hasta que pulse Empezar.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>For example: https://cloud.example.org/remote.php/dav (Nextcloud), caldav.icloud.com with an app password (iCloud), http://localhost:5232 (Radicale)</source>
        <translation>Por ejemplo: https://cloud.example.org/remote.php/dav (Nextcloud), caldav.icloud.com con una contraseña de aplicación (iCloud), http://localhost:5232 (Radicale)</translation>
    </message>
    <message>
        <source>Examples of server addresses</source>
        <translation>Ejemplos de direcciones de servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>Se&amp;rver address:</source>
        <translation>Dirección del se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>App pass&amp;word:</source>
        <translation>Con&amp;traseña de aplicación:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Libreta de direcciones</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendario:</translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>&amp;Libreta de direcciones:</translation>
    </message>
    <message>
        <source>Choose one the server has, or type a new name: it is made on the server when you press Start.</source>
        <translation>Elija uno que ya tenga el servidor o escriba un nombre nuevo: se crea en el servidor cuando pulse Empezar.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start sending to phones</source>
        <translation>Empezar a enviar a los teléfonos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>Escriba primero la dirección del servidor.</translation>
    </message>
    <message>
        <source>Asking the server...</source>
        <translation>Preguntando al servidor...</translation>
    </message>
    <message numerus="yes">
        <source>The server answered: %n calendar(s) found</source>
        <translation>
            <numerusform>El servidor respondió: %n calendario encontrado</numerusform>
            <numerusform>El servidor respondió: %n calendarios encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address book(s) found.</source>
        <translation>
            <numerusform>%n libreta de direcciones encontrada.</numerusform>
            <numerusform>%n libretas de direcciones encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <source>The calendar server did not accept this user name and app password. Check them (Nextcloud and iCloud need an app password made for this, not the password you sign in with), then press Test connection again.</source>
        <translation>El servidor de calendario no aceptó este usuario y esta contraseña de aplicación. Revíselos (Nextcloud e iCloud necesitan una contraseña de aplicación creada para esto, no la contraseña con la que usted inicia sesión) y pulse de nuevo Probar la conexión.</translation>
    </message>
    <message>
        <source>The calendar server did not answer at this address. Check the address (the examples above show how it looks) and that this computer is connected to the internet, then press Test connection again.</source>
        <translation>El servidor de calendario no respondió en esta dirección. Revise la dirección (los ejemplos de arriba muestran cómo es) y que este ordenador esté conectado a internet, y pulse de nuevo Probar la conexión.</translation>
    </message>
    <message>
        <source>There is no calendar at this address. Check the address (the examples above show how it looks), then press Test connection again.</source>
        <translation>No hay ningún calendario en esta dirección. Revise la dirección (los ejemplos de arriba muestran cómo es) y pulse de nuevo Probar la conexión.</translation>
    </message>
    <message>
        <source>Getting the calendar and the address book ready...</source>
        <translation>Preparando el calendario y la libreta de direcciones...</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message numerus="yes">
        <source>sent %n changes</source>
        <translation>
            <numerusform>enviado %n cambio</numerusform>
            <numerusform>enviados %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n changes</source>
        <translation>
            <numerusform>recibido %n cambio</numerusform>
            <numerusform>recibidos %n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWindow</name>
    <message>
        <source>Show the &amp;other version...</source>
        <translation>Ver la &amp;otra versión...</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>Ver la otra versión</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>OK, the note is read</source>
        <translation>Aceptar, aviso leído</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>The version of {what} from {computer} ({time}), which was not kept. To use any of it, copy it from here into the record.</source>
        <translation>Versión de {computer} ({time}) que no se conservó: {what}. Para usar algo de ella, cópielo desde aquí al registro.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Share with family</source>
        <translation>Compartir con la familia</translation>
    </message>
    <message>
        <source>Share this care record with the family&apos;s other computers through a folder they already sync (Syncthing, Nextcloud, Dropbox, OneDrive, a network share or a USB stick); what is written there is locked with a family passphrase.</source>
        <translation>Comparta este registro de cuidados con los otros ordenadores de la familia mediante una carpeta que ya sincronizan (Syncthing, Nextcloud, Dropbox, OneDrive, una carpeta de red o una memoria USB); lo que se escribe allí queda cerrado con una frase de contraseña familiar.</translation>
    </message>
    <message>
        <source>&amp;Start sharing...</source>
        <translation>&amp;Empezar a compartir...</translation>
    </message>
    <message>
        <source>&amp;Join...</source>
        <translation>&amp;Unirse...</translation>
    </message>
    <message>
        <source>This computer is the first: its record goes into an empty folder.</source>
        <translation>Este ordenador es el primero: su registro se guarda en una carpeta vacía.</translation>
    </message>
    <message>
        <source>Another computer already shares: this one builds its record from the folder. Its own record must hold no entries yet. A profile filled in here is not lost: where the family&apos;s differs, the family&apos;s is used and this one can be seen with “Show the other version...”.</source>
        <translation>Otro ordenador ya comparte: este construye su registro a partir de la carpeta. Su propio registro no debe tener aún ninguna entrada. El perfil que haya rellenado aquí no se pierde: si el de la familia es distinto, se usa el de la familia y el suyo se puede ver con «Ver la otra versión...».</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Start &amp;sharing</source>
        <translation>Empezar a &amp;compartir</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Writing this record to the family folder...</source>
        <translation>Escribiendo este registro en la carpeta familiar...</translation>
    </message>
    <message>
        <source>Reading the family&apos;s record from the folder...</source>
        <translation>Leyendo el registro de la familia desde la carpeta...</translation>
    </message>
    <message>
        <source>Sharing could not begin ({reason}); nothing was changed. Check that the folder can be written to and try again.</source>
        <translation>No se pudo empezar a compartir ({reason}); no se cambió nada. Compruebe que se puede escribir en la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop sharing this care record? This computer stops writing to and reading from the family folder. The record here stays as it is, and so do the other computers&apos; records and the folder.</source>
        <translation>¿Dejar de compartir este registro de cuidados? Este ordenador deja de escribir en la carpeta familiar y de leer de ella. El registro de aquí queda como está, igual que los registros de los otros ordenadores y la carpeta.</translation>
    </message>
    <message>
        <source>Start sharing from this computer</source>
        <translation>Empezar a compartir desde este ordenador</translation>
    </message>
    <message>
        <source>Join the family&apos;s shared record</source>
        <translation>Unirse al registro compartido de la familia</translation>
    </message>
    <message>
        <source>Family folder</source>
        <translation>Carpeta familiar</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>E&amp;legir...</translation>
    </message>
    <message>
        <source>Choose the family folder</source>
        <translation>Elegir la carpeta familiar</translation>
    </message>
    <message>
        <source>&amp;Family folder:</source>
        <translation>Carpeta &amp;familiar:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este ordenador:</translation>
    </message>
    <message>
        <source>Family passphrase</source>
        <translation>Frase de contraseña familiar</translation>
    </message>
    <message>
        <source>Family &amp;passphrase:</source>
        <translation>Frase de &amp;contraseña familiar:</translation>
    </message>
    <message>
        <source>Family passphrase again</source>
        <translation>Frase de contraseña familiar otra vez</translation>
    </message>
    <message>
        <source>The passphrase &amp;again:</source>
        <translation>La frase de contraseña &amp;otra vez:</translation>
    </message>
    <message>
        <source>An empty folder that is already synced between the family&apos;s computers: a Syncthing, Nextcloud, Dropbox or OneDrive folder, a network share, or a USB stick carried from one computer to the other.</source>
        <translation>Una carpeta vacía que ya se sincroniza entre los ordenadores de la familia: una carpeta de Syncthing, Nextcloud, Dropbox u OneDrive, una carpeta de red o una memoria USB que se lleva de un ordenador a otro.</translation>
    </message>
    <message>
        <source>There is no folder at {folder}. Choose the folder the family&apos;s computers sync.</source>
        <translation>No hay ninguna carpeta en {folder}. Elija la carpeta que sincronizan los ordenadores de la familia.</translation>
    </message>
    <message>
        <source>The folder the family&apos;s other computer chose when it started sharing, as it appears on this computer.</source>
        <translation>La carpeta que eligió el otro ordenador de la familia al empezar a compartir, tal como aparece en este ordenador.</translation>
    </message>
    <message>
        <source>For example “Laura&apos;s laptop”: the other computers show it next to what was recorded here.</source>
        <translation>Por ejemplo «Portátil de Laura»: los otros ordenadores lo muestran junto a lo que se registró aquí.</translation>
    </message>
    <message>
        <source>The passphrase locks what is written to the folder. It cannot be recovered if it is forgotten, and every computer that shares needs it: write it down and keep it somewhere safe.</source>
        <translation>La frase de contraseña cierra lo que se escribe en la carpeta. No se puede recuperar si se olvida, y todos los ordenadores que comparten la necesitan: anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>The passphrase the family chose when sharing started.</source>
        <translation>La frase de contraseña que eligió la familia al empezar a compartir.</translation>
    </message>
    <message>
        <source>Choose the family folder, or type where it is.</source>
        <translation>Elija la carpeta familiar o escriba dónde está.</translation>
    </message>
    <message>
        <source>Give this computer a name the family will know, such as “Laura&apos;s laptop”.</source>
        <translation>Dé a este ordenador un nombre que la familia reconozca, como «Portátil de Laura».</translation>
    </message>
    <message>
        <source>Type the family passphrase.</source>
        <translation>Escriba la frase de contraseña familiar.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type it again in both boxes.</source>
        <translation>Las dos frases de contraseña no coinciden: escríbala otra vez en ambas casillas.</translation>
    </message>
    <message>
        <source>{computer} (this computer)</source>
        <translation>{computer} (este ordenador)</translation>
    </message>
    <message>
        <source>{computer}: nothing has come in from it yet</source>
        <translation>{computer}: todavía no ha llegado nada de él</translation>
    </message>
    <message>
        <source>{computer}: synced as of {time}</source>
        <translation>{computer}: sincronizado a las {time}</translation>
    </message>
    <message>
        <source>This care record is shared with the family</source>
        <translation>Este registro de cuidados se comparte con la familia</translation>
    </message>
    <message>
        <source>The family&apos;s computers</source>
        <translation>Los ordenadores de la familia</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>S&amp;top sharing...</source>
        <translation>&amp;Dejar de compartir...</translation>
    </message>
    <message>
        <source>Family folder: {folder}</source>
        <translation>Carpeta familiar: {folder}</translation>
    </message>
    <message>
        <source>Computers:</source>
        <translation>Ordenadores:</translation>
    </message>
    <message>
        <source>The family folder is not there (a USB stick out?); your changes are kept here and shared when it is back.</source>
        <translation>La carpeta familiar no está (¿se quitó una memoria USB?); sus cambios se guardan aquí y se comparten cuando vuelva.</translation>
    </message>
    <message>
        <source>Sharing with the family folder; no other computer has joined yet.</source>
        <translation>Compartiendo con la carpeta familiar; todavía no se ha unido ningún otro ordenador.</translation>
    </message>
    <message>
        <source>Sharing with the family folder; nothing from {names} has come in yet.</source>
        <translation>Compartiendo con la carpeta familiar; todavía no ha llegado nada de {names}.</translation>
    </message>
    <message>
        <source>In step with {names} as of {time}</source>
        <translation>Al día con {names} a las {time}</translation>
    </message>
    <message>
        <source>from {computer}</source>
        <translation>desde {computer}</translation>
    </message>
    <message>
        <source>from {computer}, synced as of {time}</source>
        <translation>desde {computer}, sincronizado a las {time}</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Changed on two computers: kept the {time} version of {what} from {computer}.</source>
        <translation>Cambiado en dos ordenadores: {what}. Se conservó la versión de las {time} de {computer}.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>Estado del uso compartido</translation>
    </message>
    <message>
        <source>In step: nothing new came in.</source>
        <translation>Al día: no llegó nada nuevo.</translation>
    </message>
    <message>
        <source>The family folder could not be read this time ({reason}); it is tried again every minute, and your changes are kept here.</source>
        <translation>Esta vez no se pudo leer la carpeta familiar ({reason}); se vuelve a intentar cada minuto y sus cambios se guardan aquí.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Dada a las</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Vigente hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name of the person cared for</source>
        <translation>Nombre de la persona que recibe los cuidados</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation>Fecha del diagnóstico</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Where the advance directive is kept</source>
        <translation>Dónde se guarda la directiva anticipada</translation>
    </message>
    <message>
        <source>Preferred pharmacy</source>
        <translation>Farmacia preferida</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Nombre de quien cuida</translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation>Teléfono de quien cuida</translation>
    </message>
    <message>
        <source>Other caregivers</source>
        <translation>Otros cuidadores</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Zona horaria del hogar</translation>
    </message>
    <message>
        <source>Organization or clinic</source>
        <translation>Organización o clínica</translation>
    </message>
    <message>
        <source>Video visit link</source>
        <translation>Enlace de la visita por video</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>Llamar por</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>Llamar primero por síntomas</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Office days</source>
        <translation>Días de consulta</translation>
    </message>
    <message>
        <source>Office opens at</source>
        <translation>La consulta abre a las</translation>
    </message>
    <message>
        <source>Office closes at</source>
        <translation>La consulta cierra a las</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completado por</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Lack of appetite</source>
        <translation>Falta de apetito</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Otro problema</translation>
    </message>
    <message>
        <source>Other problem score</source>
        <translation>Puntuación del otro problema</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Oxygen saturation (%)</source>
        <translation>Saturación de oxígeno (%)</translation>
    </message>
    <message>
        <source>Oxygen flow (L/min)</source>
        <translation>Flujo de oxígeno (L/min)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Pulse (beats a minute)</source>
        <translation>Pulso (latidos por minuto)</translation>
    </message>
    <message>
        <source>Marked for the care team</source>
        <translation>Marcada para el equipo de atención</translation>
    </message>
    <message>
        <source>Still followed</source>
        <translation>Se sigue registrando</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Who drives</source>
        <translation>Quién maneja</translation>
    </message>
    <message>
        <source>Pick-up time</source>
        <translation>Hora de recogida</translation>
    </message>
    <message>
        <source>What to bring or prepare</source>
        <translation>Qué llevar o preparar</translation>
    </message>
    <message>
        <source>What was decided at the visit</source>
        <translation>Lo que se decidió en la visita</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Date and time it first had</source>
        <translation>Fecha y hora que tenía al principio</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>As needed (breakthrough)</source>
        <translation>Según necesidad (de rescate)</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Fecha de suspensión</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Hora de suspensión</translation>
    </message>
    <message>
        <source>Meal or bedtime</source>
        <translation>Comida u hora de acostarse</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Hora habitual</translation>
    </message>
    <message>
        <source>Kind of schedule</source>
        <translation>Tipo de horario</translation>
    </message>
    <message>
        <source>Dose times</source>
        <translation>Horas de las dosis</translation>
    </message>
    <message>
        <source>Every how many hours</source>
        <translation>Cada cuántas horas</translation>
    </message>
    <message>
        <source>Time of the first dose</source>
        <translation>Hora de la primera dosis</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <source>Reasons for an as-needed dose</source>
        <translation>Motivos para una dosis a demanda</translation>
    </message>
    <message>
        <source>Minutes at least between as-needed doses</source>
        <translation>Minutos como mínimo entre dosis a demanda</translation>
    </message>
    <message>
        <source>As-needed doses a day at most</source>
        <translation>Dosis a demanda al día como máximo</translation>
    </message>
    <message>
        <source>Days before running out to warn about a refill</source>
        <translation>Días antes de que se acabe para avisar de reponerlo</translation>
    </message>
    <message>
        <source>Symptom the scores are for</source>
        <translation>Síntoma al que corresponden las puntuaciones</translation>
    </message>
    <message>
        <source>Score before the dose</source>
        <translation>Puntuación antes de la dosis</translation>
    </message>
    <message>
        <source>Score 30 to 60 minutes after the dose</source>
        <translation>Puntuación de 30 a 60 minutos después de la dosis</translation>
    </message>
    <message>
        <source>Time of the score after the dose</source>
        <translation>Hora de la puntuación después de la dosis</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Prevista para</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Cambiado el</translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation>Qué se cambió</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>Article in Learn</source>
        <translation>Artículo de Aprender</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <source>Plan to ask at</source>
        <translation>Para preguntar en</translation>
    </message>
</context>
<context>
    <name>ShareWindowCounts</name>
    <message numerus="yes">
        <source>In step: %n changes came in.</source>
        <translation>
            <numerusform>Al día: llegó %n cambio.</numerusform>
            <numerusform>Al día: llegaron %n cambios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>The family passphrase does not match the one this folder was started with. Check it with your family and try again; nothing was changed.</source>
        <translation>La frase de contraseña familiar no coincide con la que se usó al crear esta carpeta. Compruébela con su familia y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>This family folder was written by a newer Care Companion. Update Care Companion on this computer to keep sharing.</source>
        <translation>Esta carpeta familiar la escribió una versión más reciente de Care Companion. Actualice Care Companion en este ordenador para seguir compartiendo.</translation>
    </message>
    <message>
        <source>The family folder {folder} cannot be found. If it is on a USB stick or a network drive, connect it and sync again; this record keeps working meanwhile.</source>
        <translation>No se encuentra la carpeta familiar {folder}. Si está en una memoria USB o en una unidad de red, conéctela y vuelva a sincronizar; mientras tanto, este registro sigue funcionando.</translation>
    </message>
    <message>
        <source>{folder} is not a family folder yet. Start sharing from the computer that holds the record, then join once the folder has reached this computer.</source>
        <translation>{folder} todavía no es una carpeta familiar. Empiece a compartir desde el ordenador que tiene el registro y únase cuando la carpeta haya llegado a este ordenador.</translation>
    </message>
    <message>
        <source>The family folder {folder} is missing its file {file}, or holds only part of it (the sync program may still be copying it). Wait until the sync program has finished, or copy that file from another family computer&apos;s folder, then join again; nothing was changed.</source>
        <translation>A la carpeta familiar {folder} le falta su archivo {file}, o solo tiene una parte (puede que el programa de sincronización aún lo esté copiando). Espere a que el programa de sincronización termine, o copie ese archivo de la carpeta de otro ordenador de la familia, y vuelva a unirse; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The family folder {folder} is missing its file {file}, or holds only part of it (the sync program may still be copying it). Wait until the sync program has finished, or copy that file from another family computer&apos;s folder, then try again; this record keeps working meanwhile.</source>
        <translation>A la carpeta familiar {folder} le falta su archivo {file}, o solo tiene una parte (puede que el programa de sincronización aún lo esté copiando). Espere a que el programa de sincronización termine, o copie ese archivo de la carpeta de otro ordenador de la familia, y vuelva a intentarlo; mientras tanto, este registro sigue funcionando.</translation>
    </message>
    <message>
        <source>{folder} is not empty. Start sharing into a new, empty folder, or choose Join if your family already shares through this one.</source>
        <translation>{folder} no está vacía. Empiece a compartir en una carpeta nueva y vacía, o elija Unirse si su familia ya comparte a través de esta.</translation>
    </message>
    <message>
        <source>The disk holding the family folder {folder} is full. Nothing was half-written and your changes wait here; free some space and sync again.</source>
        <translation>El disco donde está la carpeta familiar {folder} está lleno. No quedó nada a medio escribir y sus cambios esperan aquí; libere espacio y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>The family folder {folder} cannot be written ({reason}). Your changes wait here; make sure this computer may write to the folder (for a USB stick, turn off its write protection), then sync again.</source>
        <translation>No se puede escribir en la carpeta familiar {folder} ({reason}). Sus cambios esperan aquí; asegúrese de que este ordenador puede escribir en la carpeta (si es una memoria USB, quite su protección contra escritura) y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>The family folder {folder} can be read but not written from this computer ({reason}). Joining needs both, as each computer keeps its own changes in the folder for the others to read. Ask whoever set up the folder to let this computer write to it (for a USB stick, turn off its write protection), then join again; nothing was changed.</source>
        <translation>La carpeta familiar {folder} se puede leer pero no escribir desde este ordenador ({reason}). Para unirse hacen falta las dos cosas, porque cada ordenador guarda sus propios cambios en la carpeta para que los lean los demás. Pida a quien preparó la carpeta que permita a este ordenador escribir en ella (si es una memoria USB, quite su protección contra escritura) y vuelva a unirse; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Some changes from {computers} cannot be read: a file of them in the family folder has stayed incomplete for over an hour. Ask whoever uses {computers} to check that their sync program is running and to sync again; everything else is synced, and the file is read as soon as it arrives whole.</source>
        <translation>Algunos cambios de {computers} no se pueden leer: un archivo con ellos en la carpeta familiar lleva más de una hora incompleto. Pida a quien usa {computers} que compruebe que su programa de sincronización está en marcha y que vuelva a sincronizar; todo lo demás está sincronizado, y el archivo se leerá en cuanto llegue completo.</translation>
    </message>
    <message>
        <source>This care record already holds entries, so it cannot join a family folder. Join from a new, empty record, or start sharing from this one instead.</source>
        <translation>Este registro de cuidados ya tiene entradas, así que no puede unirse a una carpeta familiar. Únase desde un registro nuevo y vacío, o empiece a compartir desde este.</translation>
    </message>
    <message>
        <source>This care record is not shared with a family folder. Start or join first.</source>
        <translation>Este registro de cuidados no se comparte con ninguna carpeta familiar. Empiece a compartir o únase primero.</translation>
    </message>
    <message>
        <source>This care record already shares through {folder}. Stop sharing first to use another folder.</source>
        <translation>Este registro de cuidados ya se comparte a través de {folder}. Deje de compartir primero para usar otra carpeta.</translation>
    </message>
    <message>
        <source>Give this computer a name the family will recognize, such as Laura&apos;s laptop.</source>
        <translation>Ponga a este ordenador un nombre que la familia reconozca, como Portátil de Laura.</translation>
    </message>
    <message>
        <source>Type the family passphrase; it cannot be empty.</source>
        <translation>Escriba la frase de contraseña familiar; no puede estar vacía.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>el perfil</translation>
    </message>
    <message>
        <source>the contact {name}</source>
        <translation>el contacto {name}</translation>
    </message>
    <message>
        <source>a contact&apos;s phone number</source>
        <translation>el teléfono de un contacto</translation>
    </message>
    <message>
        <source>a medicine&apos;s earlier schedule</source>
        <translation>el horario anterior de un medicamento</translation>
    </message>
    <message>
        <source>the diary entry of {date}</source>
        <translation>la entrada del diario del {date}</translation>
    </message>
    <message>
        <source>the symptom {name}</source>
        <translation>el síntoma {name}</translation>
    </message>
    <message>
        <source>a symptom score in the diary</source>
        <translation>una puntuación de síntoma en el diario</translation>
    </message>
    <message>
        <source>the appointment on {date}</source>
        <translation>la cita del {date}</translation>
    </message>
    <message>
        <source>who goes to an appointment</source>
        <translation>quién va a una cita</translation>
    </message>
    <message>
        <source>the medicine {name}</source>
        <translation>el medicamento {name}</translation>
    </message>
    <message>
        <source>the as-needed dose of {date}</source>
        <translation>la dosis a demanda del {date}</translation>
    </message>
    <message>
        <source>the dose due on {date}</source>
        <translation>la dosis prevista para el {date}</translation>
    </message>
    <message>
        <source>a change to a dose</source>
        <translation>un cambio en una dosis</translation>
    </message>
    <message>
        <source>the supply count of {date}</source>
        <translation>el recuento de existencias del {date}</translation>
    </message>
    <message>
        <source>a question for the care team</source>
        <translation>una pregunta para el equipo de cuidados</translation>
    </message>
    <message>
        <source>the usual breakfast time</source>
        <translation>la hora habitual del desayuno</translation>
    </message>
    <message>
        <source>the usual lunch time</source>
        <translation>la hora habitual del almuerzo</translation>
    </message>
    <message>
        <source>the usual dinner time</source>
        <translation>la hora habitual de la cena</translation>
    </message>
    <message>
        <source>the usual bedtime</source>
        <translation>la hora habitual de acostarse</translation>
    </message>
    <message>
        <source>a part of the record</source>
        <translation>una parte del registro</translation>
    </message>
    <message>
        <source>a diary entry</source>
        <translation>una entrada del diario</translation>
    </message>
    <message>
        <source>an as-needed dose</source>
        <translation>una dosis a demanda</translation>
    </message>
    <message>
        <source>a scheduled dose</source>
        <translation>una dosis con horario</translation>
    </message>
    <message>
        <source>an appointment</source>
        <translation>una cita</translation>
    </message>
    <message>
        <source>a supply count</source>
        <translation>un recuento de existencias</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Phones and calendars</source>
        <translation>Teléfonos y calendarios</translation>
    </message>
    <message>
        <source>the title and time only</source>
        <translation>solo el título y la hora</translation>
    </message>
    <message>
        <source>the title, place and time</source>
        <translation>el título, el lugar y la hora</translation>
    </message>
    <message>
        <source>everything, including notes</source>
        <translation>todo, incluidas las notas</translation>
    </message>
    <message>
        <source>Appointments go to the calendar “{calendar}” and the care team to the address book “{book}” on {url}, as {user}.</source>
        <translation>Las citas van al calendario «{calendar}» y el equipo de atención a la libreta de direcciones «{book}» en {url}, como {user}.</translation>
    </message>
    <message>
        <source>What leaves this computer: {send}.</source>
        <translation>Lo que sale de este ordenador: {send}.</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Change the server or password...</source>
        <translation>&amp;Cambiar el servidor o la contraseña...</translation>
    </message>
    <message>
        <source>S&amp;top sending to phones...</source>
        <translation>&amp;Dejar de enviar a los teléfonos...</translation>
    </message>
    <message>
        <source>&amp;Versions set aside...</source>
        <translation>&amp;Versiones apartadas...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing has been set aside yet. When a sync finds an appointment or a contact changed both here and on a phone, the version that was not kept is set aside here to read.</source>
        <translation>Todavía no se ha apartado nada. Cuando una sincronización encuentra una cita o un contacto cambiados aquí y en un teléfono, la versión que no se conservó se aparta aquí para que pueda leerla.</translation>
    </message>
    <message>
        <source>Stop sending to phones</source>
        <translation>Dejar de enviar a los teléfonos</translation>
    </message>
    <message>
        <source>Stop sending appointments and the care team to the phones? The server is left as it is: what is already there stays on the phones until it is deleted on the server. This computer forgets the password.</source>
        <translation>¿Dejar de enviar las citas y el equipo de atención a los teléfonos? El servidor se queda como está: lo que ya hay allí sigue en los teléfonos hasta que se borre en el servidor. Este ordenador olvida la contraseña.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dejar de enviar</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The care record in {folder} was saved by a newer version of Care Companion (record version {version}; this version reads up to {current}). Install the newer version to open it. The file has not been changed.</source>
        <translation>El registro de atención en {folder} se guardó con una versión más nueva de Care Companion (versión del registro {version}; esta versión lee hasta la {current}). Instale la versión más nueva para abrirlo. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>The care record {path} must be updated for this version of Care Companion, but the disk is full; nothing was changed. Free some space on that disk and try again.</source>
        <translation>El registro de atención {path} tiene que actualizarse para esta versión de Care Companion, pero el disco está lleno; no se cambió nada. Libere espacio en ese disco e intente de nuevo.</translation>
    </message>
    <message>
        <source>There is no room on the disk to make a care record in {folder}; nothing was saved. Free some space on that disk, or choose another folder, and try again.</source>
        <translation>No hay espacio en el disco para crear un registro de atención en {folder}; no se guardó nada. Libere espacio en ese disco, o elija otra carpeta, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>Cada contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown phone kind: {kind}</source>
        <translation>Tipo de teléfono desconocido: {kind}</translation>
    </message>
    <message>
        <source>A phone line has no number.</source>
        <translation>Una línea de teléfono no tiene número.</translation>
    </message>
    <message>
        <source>Choose the office days from Monday to Sunday.</source>
        <translation>Elija los días de consulta de lunes a domingo.</translation>
    </message>
    <message>
        <source>Enter both the opening and the closing time, or neither.</source>
        <translation>Escriba la hora de apertura y la de cierre, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>The office must close after it opens; for an office open until midnight, type 24:00 as the closing time.</source>
        <translation>La consulta debe cerrar después de abrir; si atiende hasta la medianoche, escriba 24:00 como hora de cierre.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only (a locked USB stick or a read-only disk, say) and holds no care record, so none can be made there. Choose a folder you may write to, or the one that holds the care record.</source>
        <translation>La carpeta {folder} es de solo lectura (por ejemplo, una memoria USB bloqueada o un disco de solo lectura) y no contiene ningún registro de atención, así que no se puede crear uno allí. Elija una carpeta en la que pueda escribir, o la que contiene el registro de atención.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only (a locked USB stick or a read-only disk, say): the care record in it can be read, but nothing can be saved there. Copy the folder to a place you may write to and use it from there.</source>
        <translation>La carpeta {folder} es de solo lectura (por ejemplo, una memoria USB bloqueada o un disco de solo lectura): el registro de atención que contiene se puede leer, pero no se puede guardar nada en ella. Copie la carpeta a un lugar donde pueda escribir y úsela desde allí.</translation>
    </message>
    <message>
        <source>The care record {path} is in use by another program (the Care Companion window, or another command) and did not become free; nothing was changed. Close the other program, or let it finish, and try again.</source>
        <translation>Otro programa está usando el registro de atención {path} (la ventana de Care Companion u otra orden) y no quedó libre; no se cambió nada. Cierre el otro programa, o deje que termine, e intente de nuevo.</translation>
    </message>
    <message>
        <source>The care record {path} cannot be read ({reason}). Check that the file is there and that you may open it.</source>
        <translation>No se puede leer el registro de atención {path} ({reason}). Revise que el archivo esté ahí y que tenga permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The file {path} is not a care record database. Move it out of the data folder, or choose another folder with --data-dir.</source>
        <translation>El archivo {path} no es una base de datos de un registro de atención. Sáquelo de la carpeta de datos, o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The care record {path} is protected by a password.</source>
        <translation>El registro de atención {path} está protegido con una contraseña.</translation>
    </message>
    <message>
        <source>That password does not open the care record {path}.</source>
        <translation>Esa contraseña no abre el registro de atención {path}.</translation>
    </message>
    <message>
        <source>The care record {path} cannot be read ({reason}). Keep the file safe and restore it from a backup.</source>
        <translation>No se puede leer el registro de atención {path} ({reason}). Guarde el archivo en un lugar seguro y restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, such as America/New_York.</source>
        <translation>“{zone}” no es una zona horaria que esta computadora conozca. Elija una de la lista, como America/New_York.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The date of diagnosis cannot be in the future.</source>
        <translation>La fecha del diagnóstico no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The date of diagnosis cannot be before the date of birth.</source>
        <translation>La fecha del diagnóstico no puede ser anterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Please write the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
    <message>
        <source>A name can have at most {most} characters; this one has {count}. Please shorten it.</source>
        <translation>Un nombre puede tener como máximo {most} caracteres; este tiene {count}. Acórtelo, por favor.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>unknown section {names}; choose from {choices}</source>
        <translation>sección desconocida: {names}; elija entre {choices}</translation>
    </message>
    <message>
        <source>unknown appendix {names}; choose from {choices}</source>
        <translation>apéndice desconocido {names}; elija entre {choices}</translation>
    </message>
    <message>
        <source>{option} {day} is outside the days a care record holds; give a day from {first} to {last}</source>
        <translation>{option} {day} queda fuera de los días que puede contener un registro de atención; indique un día entre {first} y {last}</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from no debe ser posterior a --to</translation>
    </message>
    <message>
        <source>--from {day} is in the future</source>
        <translation>--from {day} está en el futuro</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name</source>
        <translation>{file} es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>saved the visit summary to {file}</source>
        <translation>se guardó el resumen de la visita en {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist. {advice}</source>
        <translation>la carpeta {folder} no existe. {advice}</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder}. {advice}</source>
        <translation>no se puede escribir en la carpeta {folder}. {advice}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>What the summary holds</source>
        <translation>Qué contiene el resumen</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Guardar PDF...</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Abrir en el visor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Since the last palliative care visit</source>
        <translation>Desde la última visita de cuidados paliativos</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Los últimos 7 días</translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation>Los últimos 14 días</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>Los últimos 90 días</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Fechas que yo elija</translation>
    </message>
    <message>
        <source>The summary cannot start after today.</source>
        <translation>El resumen no puede empezar después de hoy.</translation>
    </message>
    <message>
        <source>The summary cannot end after today.</source>
        <translation>El resumen no puede terminar después de hoy.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>No palliative care visit is on the calendar before today, so the summary shows the last 30 days.</source>
        <translation>No hay ninguna visita de cuidados paliativos en el calendario antes de hoy, así que el resumen muestra los últimos 30 días.</translation>
    </message>
    <message>
        <source>The main concerns and the paper chosen here could not be kept for next time ({reason}); this summary has them as chosen. Free some disk space to keep them.</source>
        <translation>Las preocupaciones principales y el papel elegidos aquí no se pudieron guardar para la próxima vez ({reason}); este resumen los incluye tal como los eligió. Libere espacio en el disco para guardarlos.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>El primer día no debe ser posterior al último día.</translation>
    </message>
    <message>
        <source>The summary could not be made ({reason}).</source>
        <translation>No se pudo crear el resumen ({reason}).</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Páginas: {count}</translation>
    </message>
    <message>
        <source>The summary could not be printed. Check that the printer is on and connected, or save the PDF and print it from there.</source>
        <translation>No se pudo imprimir el resumen. Revise que la impresora esté encendida y conectada, o guarde el PDF e imprímalo desde ahí.</translation>
    </message>
    <message>
        <source>Sent the visit summary to the printer.</source>
        <translation>Se envió el resumen de la visita a la impresora.</translation>
    </message>
    <message>
        <source>Save the visit summary</source>
        <translation>Guardar el resumen de la visita</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the visit summary to {file}.</source>
        <translation>Se guardó el resumen de la visita en {file}.</translation>
    </message>
    <message>
        <source>The summary could not be opened ({reason}).</source>
        <translation>No se pudo abrir el resumen ({reason}).</translation>
    </message>
</context>
<context>
    <name>SummaryForm</name>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Which days the summary covers.</source>
        <translation>Qué días abarca el resumen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Main concerns (kept for next time)</source>
        <translation>Preocupaciones principales (se guardan para la próxima vez)</translation>
    </message>
    <message>
        <source>&amp;1.</source>
        <translation>&amp;1.</translation>
    </message>
    <message>
        <source>First main concern</source>
        <translation>Primera preocupación principal</translation>
    </message>
    <message>
        <source>For example: breathless when walking to the bathroom</source>
        <translation>Por ejemplo: le falta el aire al caminar al baño</translation>
    </message>
    <message>
        <source>&amp;2.</source>
        <translation>&amp;2.</translation>
    </message>
    <message>
        <source>Second main concern</source>
        <translation>Segunda preocupación principal</translation>
    </message>
    <message>
        <source>&amp;3.</source>
        <translation>&amp;3.</translation>
    </message>
    <message>
        <source>Third main concern</source>
        <translation>Tercera preocupación principal</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Main &amp;concerns</source>
        <translation>&amp;Preocupaciones principales</translation>
    </message>
    <message>
        <source>Diary &amp;notes</source>
        <translation>&amp;Notas del diario</translation>
    </message>
    <message>
        <source>S&amp;ymptoms and trends</source>
        <translation>&amp;Síntomas y tendencias</translation>
    </message>
    <message>
        <source>Upcoming &amp;appointments</source>
        <translation>Próximas &amp;citas</translation>
    </message>
    <message>
        <source>&amp;Breakthrough doses</source>
        <translation>Dosis de &amp;rescate</translation>
    </message>
    <message>
        <source>&amp;Questions for this visit</source>
        <translation>Preg&amp;untas para esta visita</translation>
    </message>
    <message>
        <source>&amp;Medicines</source>
        <translation>M&amp;edicamentos</translation>
    </message>
    <message>
        <source>&amp;Key contacts</source>
        <translation>Contactos cla&amp;ve</translation>
    </message>
    <message>
        <source>What the summary holds</source>
        <translation>Qué contiene el resumen</translation>
    </message>
    <message>
        <source>Page 1: symptom scores and trends, vital signs, breakthrough doses, medicines and the alerts raised. Page 2: appointments, questions, key contacts, the diary notes marked for the team or written on a day with a severe score (newest first, as many as fit), and a box for the plan.</source>
        <translation>Página 1: puntuaciones y tendencias de los síntomas, signos vitales, dosis de rescate, medicamentos y las alertas. Página 2: citas, preguntas, contactos clave, las notas del diario marcadas para el equipo o escritas un día con una puntuación grave (las más recientes primero, las que quepan) y un recuadro para el plan.</translation>
    </message>
    <message>
        <source>Add a&amp;ll diary notes as an appendix</source>
        <translation>Añadir todas &amp;las notas del diario como apéndice</translation>
    </message>
    <message>
        <source>All diary notes appendix</source>
        <translation>Apéndice con todas las notas del diario</translation>
    </message>
    <message>
        <source>Add every breakthrough &amp;dose as an appendix</source>
        <translation>Añadir t&amp;odas las dosis de rescate como apéndice</translation>
    </message>
    <message>
        <source>Every breakthrough dose appendix</source>
        <translation>Apéndice con todas las dosis de rescate</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
</context>
<context>
    <name>SupplyFields</name>
    <message>
        <source>Supply</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>Doses on hand</source>
        <translation>Dosis disponibles</translation>
    </message>
    <message>
        <source>Count them and type the number; each dose given counts it down.</source>
        <translation>Cuéntelas y escriba el número; cada dosis dada lo descuenta.</translation>
    </message>
    <message>
        <source>the usual {days}</source>
        <translation>los {days} habituales</translation>
    </message>
    <message>
        <source>Days before running out to remind</source>
        <translation>Días antes de acabarse para avisar</translation>
    </message>
    <message>
        <source>&amp;Doses on hand:</source>
        <translation>Dosis disponi&amp;bles:</translation>
    </message>
    <message>
        <source>Remind to re&amp;fill:</source>
        <translation>A&amp;visar para reponer:</translation>
    </message>
    <message>
        <source>days before they run out</source>
        <translation>días antes de que se acaben</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>The text of this file cannot be read: it is not saved as UTF-8, UTF-16 or Windows-1252 (Western European) text, or it is damaged. Save it again as UTF-8 and import it again; nothing was imported.</source>
        <translation>No se puede leer el texto de este archivo: no está guardado como texto UTF-8, UTF-16 o Windows-1252 (Europa occidental), o está dañado. Guárdelo de nuevo como UTF-8 e impórtelo otra vez; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Answer a dose</source>
        <translation>Registrar una dosis</translation>
    </message>
    <message>
        <source>Change an answer</source>
        <translation>Cambiar un registro</translation>
    </message>
    <message>
        <source>{medicine}, due {when}</source>
        <translation>{medicine}, prevista {when}</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Was the dose given?</source>
        <translation>¿Se dio la dosis?</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>¿Qué &amp;pasó?:</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>Hora en que se dio</translation>
    </message>
    <message>
        <source>A dose cannot be given in the future.</source>
        <translation>Una dosis no puede darse en el futuro.</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <source>Set the time given to now</source>
        <translation>Poner la hora actual como hora en que se dio</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>&amp;Hora en que se dio:</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Quién la dio</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>&amp;Who gave it:</source>
        <translation>&amp;Quién la dio:</translation>
    </message>
    <message>
        <source>Dose given, if different from the list</source>
        <translation>Dosis dada, si es distinta de la lista</translation>
    </message>
    <message>
        <source>As on the medicine list: {medicine}</source>
        <translation>Como en la lista de medicamentos: {medicine}</translation>
    </message>
    <message>
        <source>&amp;Dose, if different:</source>
        <translation>&amp;Dosis, si es distinta:</translation>
    </message>
    <message>
        <source>Reason it was not given</source>
        <translation>Motivo por el que no se dio</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>El registro</translation>
    </message>
    <message>
        <source>The answer could not be saved ({reason}). Check that the disk is not full and try again; what you chose is still here.</source>
        <translation>No se pudo guardar el registro ({reason}). Compruebe que el disco no esté lleno y vuelva a intentarlo; lo que eligió sigue aquí.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>{when}: answered</source>
        <translation>{when}: registrada</translation>
    </message>
    <message>
        <source>{when}: {field} changed from “{old}” to “{new}”</source>
        <translation>{when}: {field} cambió de «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>No changes since.</source>
        <translation>Sin cambios desde entonces.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>time given</source>
        <translation>hora en que se dio</translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation>quién la dio</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Given late</source>
        <translation>Dada tarde</translation>
    </message>
    <message>
        <source>{time}, {medicine}: {state}</source>
        <translation>{time}, {medicine}: {state}</translation>
    </message>
    <message>
        <source>Enter: change the answer.</source>
        <translation>Intro: cambiar el registro.</translation>
    </message>
    <message>
        <source>S: skipped. Enter: answer with the time, who and a note.</source>
        <translation>S: omitida. Intro: registrar con la hora, quién y una nota.</translation>
    </message>
    <message>
        <source>G: given now. S: skipped. Enter: answer with the time, who and a note.</source>
        <translation>G: dada ahora. S: omitida. Intro: registrar con la hora, quién y una nota.</translation>
    </message>
    <message>
        <source>Given now</source>
        <translation>Dada ahora</translation>
    </message>
    <message>
        <source>Given now: {medicine}, due {time}</source>
        <translation>Dada ahora: {medicine}, prevista a las {time}</translation>
    </message>
    <message>
        <source>Given now (key G)</source>
        <translation>Dada ahora (tecla G)</translation>
    </message>
    <message>
        <source>Skipped: {medicine}, due {time}</source>
        <translation>Omitida: {medicine}, prevista a las {time}</translation>
    </message>
    <message>
        <source>Skipped (key S)</source>
        <translation>Omitida (tecla S)</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Cambiar...</translation>
    </message>
    <message>
        <source>Answer...</source>
        <translation>Registrar...</translation>
    </message>
    <message>
        <source>Answer or change: {medicine}, due {time}</source>
        <translation>Registrar o cambiar: {medicine}, prevista a las {time}</translation>
    </message>
    <message>
        <source>Time given, who gave it, dose, reason, note (Enter)</source>
        <translation>Hora, quién la dio, dosis, motivo, nota (Intro)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <source>What is due now, what was given and by whom, and whom to call.</source>
        <translation>Lo que toca ahora, lo que se dio y quién lo dio, y a quién llamar.</translation>
    </message>
    <message>
        <source>Symptom alert</source>
        <translation>Alerta de síntomas</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>No medicine has a schedule set up yet. Set the times in the Symptom diary tab, under Medicines; the doses of the day then show here.</source>
        <translation>Ningún medicamento tiene todavía un horario. Ponga las horas en la pestaña Diario de síntomas, en Medicamentos; las dosis del día aparecerán entonces aquí.</translation>
    </message>
    <message>
        <source>Doses today</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>The medicine times are set up. No dose is due today.</source>
        <translation>Los horarios de los medicamentos están configurados. Hoy no toca ninguna dosis.</translation>
    </message>
    <message>
        <source>Who is giving the doses now</source>
        <translation>Quién da las dosis ahora</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>Dada po&amp;r:</translation>
    </message>
    <message>
        <source>On a dose: G for given now, S for skipped, Enter for the details.</source>
        <translation>En una dosis: G si se dio ahora, S si se omitió, Intro para los detalles.</translation>
    </message>
    <message>
        <source>No scheduled doses today.</source>
        <translation>Hoy no hay dosis programadas.</translation>
    </message>
    <message>
        <source>Not logged yet, from the days before</source>
        <translation>Sin registrar todavía, de los días anteriores</translation>
    </message>
    <message>
        <source>Nobody answered these doses. Say what happened, or leave them as not logged.</source>
        <translation>Nadie registró estas dosis. Indique qué pasó, o déjelas sin registrar.</translation>
    </message>
    <message>
        <source>given: {medicine}</source>
        <translation>dada: {medicine}</translation>
    </message>
    <message>
        <source>skipped: {medicine}</source>
        <translation>omitida: {medicine}</translation>
    </message>
    <message>
        <source>Refill of {medicine} logged.</source>
        <translation>Reposición de {medicine} registrada.</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Si hace falta</translation>
    </message>
    <message>
        <source>Limit reached: {medicine}</source>
        <translation>Límite alcanzado: {medicine}</translation>
    </message>
    <message>
        <source>Scores to record after a dose</source>
        <translation>Puntuaciones por anotar después de una dosis</translation>
    </message>
    <message>
        <source>{medicine} at {time} by {who}: how is the {symptom} now?</source>
        <translation>{medicine} a las {time}, por {who}: ¿cómo está ahora ({symptom})?</translation>
    </message>
    <message>
        <source>{medicine} at {time}: how is the {symptom} now?</source>
        <translation>{medicine} a las {time}: ¿cómo está ahora ({symptom})?</translation>
    </message>
    <message>
        <source>Record the score after...</source>
        <translation>Anotar la puntuación de después...</translation>
    </message>
    <message>
        <source>Record the score after the dose of {medicine} at {time}</source>
        <translation>Anotar la puntuación después de la dosis de {medicine} de las {time}</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>Reposiciones</translation>
    </message>
    <message>
        <source>Once it is collected, count the doses on hand in the medicine&apos;s form.</source>
        <translation>Cuando la recoja, cuente las dosis que hay en el formulario del medicamento.</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>No appointment coming up on the calendar.</source>
        <translation>No hay ninguna cita próxima en el calendario.</translation>
    </message>
    <message>
        <source>Going on now: {title}, until {time}</source>
        <translation>En curso ahora: {title}, hasta {time}</translation>
    </message>
    <message>
        <source>Next appointment: {title}, {when}</source>
        <translation>Próxima cita: {title}, {when}</translation>
    </message>
    <message>
        <source>Where: {location}</source>
        <translation>Dónde: {location}</translation>
    </message>
    <message>
        <source>No questions waiting for the next visit.</source>
        <translation>No hay preguntas pendientes para la próxima visita.</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>No one is marked to call first for symptoms yet: choose them in the Care team tab.</source>
        <translation>Todavía no hay nadie marcado para llamar primero por síntomas: elíjalo en la pestaña Equipo de atención.</translation>
    </message>
    <message>
        <source>Call first for symptoms: {name}</source>
        <translation>Llamar primero por síntomas: {name}</translation>
    </message>
    <message>
        <source>Office hours: {numbers}</source>
        <translation>En horario de oficina: {numbers}</translation>
    </message>
    <message>
        <source>After hours: {numbers}</source>
        <translation>Fuera de horario: {numbers}</translation>
    </message>
    <message>
        <source>No after-hours number for them in the Care team tab.</source>
        <translation>No tiene número fuera de horario en la pestaña Equipo de atención.</translation>
    </message>
    <message>
        <source>In an emergency, call 911 (or your local emergency number).</source>
        <translation>En una emergencia, llame al 911 (o al número de emergencias de su zona).</translation>
    </message>
    <message>
        <source>Given at {time} for {due}, before the times were changed: check before giving another</source>
        <translation>Dada a las {time} para las {due}, antes de que se cambiaran los horarios: compruébelo antes de dar otra</translation>
    </message>
    <message>
        <source>Overdue: not logged</source>
        <translation>Atrasada: sin registrar</translation>
    </message>
    <message>
        <source>Due now: not logged</source>
        <translation>Toca ahora: sin registrar</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Given at {time} by {who}</source>
        <translation>Dada a las {time} por {who}</translation>
    </message>
    <message>
        <source>Given at {time}</source>
        <translation>Dada a las {time}</translation>
    </message>
    <message>
        <source>Given late, at {time}, by {who}</source>
        <translation>Dada tarde, a las {time}, por {who}</translation>
    </message>
    <message>
        <source>Given late, at {time}</source>
        <translation>Dada tarde, a las {time}</translation>
    </message>
    <message>
        <source>Refused ({reason})</source>
        <translation>Rechazada ({reason})</translation>
    </message>
    <message>
        <source>Skipped ({reason})</source>
        <translation>Omitida ({reason})</translation>
    </message>
    <message>
        <source>{medicine}: first dose tomorrow at {time}.</source>
        <translation>{medicine}: primera dosis mañana a las {time}.</translation>
    </message>
    <message>
        <source>{medicine}: next dose tomorrow at {time}.</source>
        <translation>{medicine}: próxima dosis mañana a las {time}.</translation>
    </message>
    <message>
        <source>{medicine}: first dose on {date} at {time}.</source>
        <translation>{medicine}: primera dosis el {date} a las {time}.</translation>
    </message>
    <message>
        <source>{medicine}: next dose on {date} at {time}.</source>
        <translation>{medicine}: próxima dosis el {date} a las {time}.</translation>
    </message>
    <message>
        <source>Talk to the care team before any more of it: no one is marked to call first yet (choose them in the Care team tab).</source>
        <translation>Hable con el equipo de atención antes de dar más: todavía no hay nadie marcado para llamar primero (elíjalo en la pestaña Equipo de atención).</translation>
    </message>
    <message>
        <source>Talk to {name} ({number}) before any more of it.</source>
        <translation>Hable con {name} ({number}) antes de dar más.</translation>
    </message>
    <message>
        <source>Talk to {name} before any more of it.</source>
        <translation>Hable con {name} antes de dar más.</translation>
    </message>
    <message>
        <source>Last dose {time} by {who} ({origin}).</source>
        <translation>Última dosis: {time}, por {who} ({origin}).</translation>
    </message>
    <message>
        <source>Last dose {time} ({origin}).</source>
        <translation>Última dosis: {time} ({origin}).</translation>
    </message>
    <message>
        <source>Last dose {time} by {who}.</source>
        <translation>Última dosis: {time}, por {who}.</translation>
    </message>
    <message>
        <source>Last dose {time}.</source>
        <translation>Última dosis: {time}.</translation>
    </message>
    <message>
        <source>No dose in the last 7 days.</source>
        <translation>Ninguna dosis en los últimos 7 días.</translation>
    </message>
    <message>
        <source>Nothing was logged: the supply of {medicine} was changed in another window since this page showed it. The page now shows the supply as it is: log the refill only if it is still needed.</source>
        <translation>No se registró nada: las existencias de {medicine} se cambiaron en otra ventana después de que esta página las mostrara. La página muestra ahora las existencias actuales: registre la reposición solo si todavía hace falta.</translation>
    </message>
    <message>
        <source>Last dose {time} by {who} ({origin}), {ago} ago.</source>
        <translation>Última dosis: {time}, por {who} ({origin}), hace {ago}.</translation>
    </message>
    <message>
        <source>The refill could not be saved ({reason}). Nothing was logged: try again once this is put right.</source>
        <translation>No se pudo guardar la reposición ({reason}). No se registró nada: vuelva a intentarlo cuando esto se haya resuelto.</translation>
    </message>
    <message>
        <source>The answer could not be saved ({reason}). Nothing was logged: the dose still shows as not answered. If it was given, write down the time on paper for now, and log it once this is put right.</source>
        <translation>No se pudo guardar el registro ({reason}). No se registró nada: la dosis sigue apareciendo sin respuesta. Si se administró, anote la hora en papel por ahora y regístrela cuando esto se haya resuelto.</translation>
    </message>
    <message>
        <source>Last dose {time} ({origin}), {ago} ago.</source>
        <translation>Última dosis: {time} ({origin}), hace {ago}.</translation>
    </message>
    <message>
        <source>Last dose {time} by {who}, {ago} ago.</source>
        <translation>Última dosis: {time}, por {who}, hace {ago}.</translation>
    </message>
    <message>
        <source>Last dose {time}, {ago} ago.</source>
        <translation>Última dosis: {time}, hace {ago}.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock now shows an earlier time (its clock or time zone was changed since), so the time since that dose is not known here.</source>
        <translation>El reloj de esta computadora marca ahora una hora anterior (se cambió su hora o su zona horaria después), así que aquí no se sabe cuánto tiempo ha pasado desde esa dosis.</translation>
    </message>
    <message>
        <source>Another dose now would come sooner than the {interval} between doses entered from the prescription (that time ends at {time}).</source>
        <translation>Otra dosis ahora llegaría antes de cumplirse el intervalo de {interval} entre dosis anotado en la receta (ese intervalo termina a las {time}).</translation>
    </message>
    <message>
        <source>{medicine}: no doses left on hand.</source>
        <translation>{medicine}: no quedan dosis en casa.</translation>
    </message>
    <message>
        <source>enough for less than a day.</source>
        <translation>suficiente para menos de un día.</translation>
    </message>
    <message>
        <source>Pharmacy: {pharmacy}</source>
        <translation>Farmacia: {pharmacy}</translation>
    </message>
    <message>
        <source>No pharmacy in the profile yet: add it with the Edit profile button at the top.</source>
        <translation>Todavía no hay farmacia en el perfil: añádala con el botón Editar perfil de arriba.</translation>
    </message>
</context>
<context>
    <name>TodayCounts</name>
    <message numerus="yes">
        <source>Refill collected (%n doses)</source>
        <translation>
            <numerusform>Reposición recogida (%n dosis)</numerusform>
            <numerusform>Reposición recogida (%n dosis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refill of {medicine} collected: add %n doses</source>
        <translation>
            <numerusform>Reposición de {medicine} recogida: añadir %n dosis</numerusform>
            <numerusform>Reposición de {medicine} recogida: añadir %n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions waiting for the next visit.</source>
        <translation>
            <numerusform>%n pregunta pendiente para la próxima visita.</numerusform>
            <numerusform>%n preguntas pendientes para la próxima visita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses in the last 24 hours.</source>
        <translation>
            <numerusform>%n dosis en las últimas 24 horas.</numerusform>
            <numerusform>%n dosis en las últimas 24 horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription, as entered, allows at most %n doses in 24 hours, and more than that have been given.</source>
        <translation>
            <numerusform>La receta, tal como se anotó, permite como máximo %n dosis en 24 horas, y se ha dado más de una.</numerusform>
            <numerusform>La receta, tal como se anotó, permite como máximo %n dosis en 24 horas, y se han dado más de %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription, as entered, allows at most %n doses in 24 hours, and that many have been given.</source>
        <translation>
            <numerusform>La receta, tal como se anotó, permite como máximo %n dosis en 24 horas, y ya se ha dado.</numerusform>
            <numerusform>La receta, tal como se anotó, permite como máximo %n dosis en 24 horas, y ya se han dado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses on hand,</source>
        <translation>
            <numerusform>%n dosis en casa,</numerusform>
            <numerusform>%n dosis en casa,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enough for about %n days.</source>
        <translation>
            <numerusform>suficiente para unos %n día.</numerusform>
            <numerusform>suficiente para unos %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackersDialog</name>
    <message>
        <source>Trackers</source>
        <translation>Síntomas en seguimiento</translation>
    </message>
    <message>
        <source>Symptoms the family follows besides the nine ESAS-r ones. A tracker you stop following leaves the form of new entries; its past scores stay in the diary, the trends, the export and the visit summary.</source>
        <translation>Síntomas que sigue la familia además de los nueve de la ESAS-r. Si deja de seguir uno, ya no aparece en el formulario de las entradas nuevas; sus puntuaciones anteriores siguen en el diario, en las tendencias, en la exportación y en el resumen de visita.</translation>
    </message>
    <message>
        <source>No trackers yet. To follow another symptom, such as cough or constipation, click New entry in the diary, then Follow another symptom in the entry.</source>
        <translation>Todavía no hay síntomas en seguimiento. Para seguir otro síntoma, como la tos o el estreñimiento, haga clic en Nueva entrada en el diario y luego en Seguir otro síntoma dentro de la entrada.</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Nombre nuevo:</translation>
    </message>
    <message>
        <source>New name of the selected tracker</source>
        <translation>Nombre nuevo del síntoma seleccionado</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar el nombre</translation>
    </message>
    <message>
        <source>Rename the selected tracker</source>
        <translation>Cambiar el nombre del síntoma seleccionado</translation>
    </message>
    <message>
        <source>&amp;Stop following</source>
        <translation>&amp;Dejar de seguir</translation>
    </message>
    <message>
        <source>Stop following the selected tracker</source>
        <translation>Dejar de seguir el síntoma seleccionado</translation>
    </message>
    <message>
        <source>&amp;Follow again</source>
        <translation>&amp;Volver a seguir</translation>
    </message>
    <message>
        <source>Follow the selected tracker again</source>
        <translation>Volver a seguir el síntoma seleccionado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the trackers window</source>
        <translation>Cerrar la ventana de síntomas en seguimiento</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Se sigue</translation>
    </message>
    <message>
        <source>Not followed</source>
        <translation>No se sigue</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>In new entries</source>
        <translation>En las entradas nuevas</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Rename tracker {old} to {new}</source>
        <translation>Cambiar el nombre del síntoma {old} a {new}</translation>
    </message>
    <message>
        <source>{step}: cannot be undone, as another tracker is now called {name}. Nothing was changed. To give this tracker that name again, first rename the other one in Edit &gt; Diary trackers.</source>
        <translation>{step}: no se puede deshacer, porque ahora hay otro síntoma llamado {name}. No se cambió nada. Para volver a darle ese nombre a este síntoma, cambie antes el nombre del otro en Editar &gt; Síntomas en seguimiento del diario.</translation>
    </message>
    <message>
        <source>{step}: cannot be redone, as another tracker is now called {name}. Nothing was changed. To give this tracker that name, first rename the other one in Edit &gt; Diary trackers.</source>
        <translation>{step}: no se puede rehacer, porque ahora hay otro síntoma llamado {name}. No se cambió nada. Para darle ese nombre a este síntoma, cambie antes el nombre del otro en Editar &gt; Síntomas en seguimiento del diario.</translation>
    </message>
    <message>
        <source>Follow tracker {name} again</source>
        <translation>Volver a seguir el síntoma {name}</translation>
    </message>
    <message>
        <source>Stop following tracker {name}</source>
        <translation>Dejar de seguir el síntoma {name}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Score (0-10)</source>
        <translation>Puntuación (0-10)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Breakthrough dose</source>
        <translation>Dosis de rescate</translation>
    </message>
    <message>
        <source>No scores recorded in this period</source>
        <translation>No hay puntuaciones anotadas en este período</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Síntoma:</translation>
    </message>
    <message>
        <source>Symptom shown in the chart</source>
        <translation>Síntoma que se muestra en el gráfico</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>Mostrar los últimos 7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Mostrar los últimos 30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation>Mostrar los últimos 90 días</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show every entry</source>
        <translation>Mostrar todas las entradas</translation>
    </message>
    <message>
        <source>Symptom trend chart</source>
        <translation>Gráfico de tendencia del síntoma</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Otro problema</translation>
    </message>
    <message numerus="yes">
        <source>%Ln readings</source>
        <translation>
            <numerusform>%Ln medición</numerusform>
            <numerusform>%Ln mediciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Other problem ({names})</source>
        <translation>Otro problema ({names})</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>último %n día</numerusform>
            <numerusform>últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} has no scores in this period, though it has diary entries. To score it, open an entry (New entry, or Edit on a saved one) and give {name} a score from 0 to 10.</source>
        <translation>{name} no tiene puntuaciones en este período, aunque sí hay entradas en el diario. Para puntuarlo, abra una entrada (Nueva entrada, o Editar en una ya guardada) y dé a {name} una puntuación de 0 a 10.</translation>
    </message>
    <message>
        <source>{name} was not rated in this period&apos;s diary entries.</source>
        <translation>{name} no se puntuó en las entradas del diario de este período.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breakthrough doses</source>
        <translation>
            <numerusform>%Ln dosis de rescate</numerusform>
            <numerusform>%Ln dosis de rescate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores</source>
        <translation>
            <numerusform>%Ln puntuación</numerusform>
            <numerusform>%Ln puntuaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{symptom}, {period}</source>
        <translation>{symptom}, {period}</translation>
    </message>
    <message>
        <source>No scores recorded in this period. Entries you add in the diary appear here.</source>
        <translation>No hay puntuaciones anotadas en este período. Las entradas que agregue en el diario aparecen aquí.</translation>
    </message>
    <message>
        <source>no breakthrough doses</source>
        <translation>ninguna dosis de rescate</translation>
    </message>
    <message>
        <source>{doses} in this period.</source>
        <translation>{doses} en este período.</translation>
    </message>
    <message>
        <source>{title}: {count}, average {average}, highest {highest} on {highest_day}, latest {latest} on {latest_day}; {doses}.</source>
        <translation>{title}: {count}, promedio {average}, la más alta {highest} el {highest_day}, la última {latest} el {latest_day}; {doses}.</translation>
    </message>
    <message>
        <source>{vital} ({unit})</source>
        <translation>{vital} ({unit})</translation>
    </message>
    <message>
        <source>No readings recorded in this period</source>
        <translation>No hay mediciones registradas en este período</translation>
    </message>
    <message>
        <source>No readings recorded in this period. Measurements you add in the diary appear here.</source>
        <translation>No hay mediciones registradas en este período. Las mediciones que añada en el diario aparecen aquí.</translation>
    </message>
    <message>
        <source>{title}: {count}, lowest {lowest} on {lowest_day}, highest {highest} on {highest_day}, latest {latest} on {latest_day}.</source>
        <translation>{title}: {count}, la más baja {lowest} el {lowest_day}, la más alta {highest} el {highest_day}, la última {latest} el {latest_day}.</translation>
    </message>
</context>
<context>
    <name>TrendVitals</name>
    <message>
        <source>beats/min</source>
        <translation>lpm</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>Saturación de oxígeno</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>TypedValues</name>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {hint}, for example {example}.</source>
        <translation>«{text}» no es una fecha. Escríbala como {hint}, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>Type the year with all four digits, as {hint} (for example {example}).</source>
        <translation>Escriba el año con sus cuatro cifras, como {hint} (por ejemplo {example}).</translation>
    </message>
    <message>
        <source>There is no such date as “{text}”. Type it as {hint}.</source>
        <translation>La fecha «{text}» no existe. Escríbala como {hint}.</translation>
    </message>
    <message>
        <source>Dates before 1900 cannot be kept in the record.</source>
        <translation>No se pueden guardar fechas anteriores a 1900.</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type it as {example}.</source>
        <translation>«{text}» no es una hora. Escríbala como {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time: with AM or PM the hour is 1 to 12.</source>
        <translation>«{text}» no es una hora: con a. m. o p. m. la hora va de 1 a 12.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>{app} is locked</source>
        <translation>{app} está bloqueado</translation>
    </message>
    <message>
        <source>This care record is protected by a password. Type it to open the record.</source>
        <translation>Este registro de atención está protegido con una contraseña. Escríbala para abrir el registro.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the care record</source>
        <translation>Desbloquear el registro de atención</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Care Companion</source>
        <translation>Salir de Care Companion</translation>
    </message>
    <message>
        <source>Type the password, then press Unlock.</source>
        <translation>Escriba la contraseña y luego pulse Desbloquear.</translation>
    </message>
    <message>
        <source>(Try {count}. The keyboard may also be set to another language.)</source>
        <translation>(Intento {count}. También puede que el teclado esté configurado en otro idioma.)</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and lose those changes, or keep editing and save them?</source>
        <translation>Lo que escribió en este formulario no se ha guardado. ¿Desea cerrarlo y perder esos cambios, o seguir editando y guardarlos?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>This file is too large to be a contacts file (over {size} MB); choose the vCard (.vcf) file you exported from your address book.</source>
        <translation>Este archivo es demasiado grande para ser un archivo de contactos (más de {size} MB); elija el archivo vCard (.vcf) que exportó de su libreta de direcciones.</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>it was cut off before the end of the card</source>
        <translation>se cortó antes del final de la tarjeta</translation>
    </message>
    <message>
        <source>it is a group of contacts (a list of members), not a person or a place</source>
        <translation>es un grupo de contactos (una lista de miembros), no una persona ni un lugar</translation>
    </message>
    <message>
        <source>This file is empty: it holds no contacts, so nothing was imported. Choose a vCard (.vcf) file with the contacts in it.</source>
        <translation>Este archivo está vacío: no contiene contactos, así que no se importó nada. Elija un archivo vCard (.vcf) que contenga los contactos.</translation>
    </message>
    <message>
        <source>This is not a vCard file; in your address book or email program, export the contacts as a vCard (.vcf) file and choose that file instead.</source>
        <translation>Este no es un archivo vCard; en su libreta de direcciones o programa de correo electrónico, exporte los contactos como archivo vCard (.vcf) y elija ese archivo.</translation>
    </message>
    <message>
        <source>Website: {url}</source>
        <translation>Sitio web: {url}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>El mismo que la computadora</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>Same as the computer (light or dark)</source>
        <translation>El mismo que la computadora (claro u oscuro)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>the family caregiver</source>
        <translation>el familiar cuidador</translation>
    </message>
    <message>
        <source>a health professional</source>
        <translation>un profesional de la salud</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Nació el {date}</translation>
    </message>
    <message>
        <source>{start} to {end} ({days})</source>
        <translation>Del {start} al {end} ({days})</translation>
    </message>
    <message>
        <source>{date} (one day)</source>
        <translation>{date} (un día)</translation>
    </message>
    <message>
        <source>Prepared by {name} (family caregiver) on {date}</source>
        <translation>Preparado por {name} (familiar cuidador) el {date}</translation>
    </message>
    <message>
        <source>Prepared by the family caregiver on {date}</source>
        <translation>Preparado por el familiar cuidador el {date}</translation>
    </message>
    <message>
        <source>Recorded at home by the family with Care Companion, which reports and does not advise.</source>
        <translation>Registrado en casa por la familia con Care Companion, que informa y no da consejos.</translation>
    </message>
    <message>
        <source>Diagnosis: {text}</source>
        <translation>Diagnóstico: {text}</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>Alergias: {text}</translation>
    </message>
    <message>
        <source>Allergies: not entered in this record.</source>
        <translation>Alergias: no se han anotado en este registro.</translation>
    </message>
    <message>
        <source>Main concerns</source>
        <translation>Preocupaciones principales</translation>
    </message>
    <message>
        <source>Symptoms (ESAS-r)</source>
        <translation>Síntomas (ESAS-r)</translation>
    </message>
    <message>
        <source>Diary entries: {count}; completed by: {who}.</source>
        <translation>Entradas del diario: {count}; completadas por: {who}.</translation>
    </message>
    <message>
        <source>Change: this period&apos;s average minus the average of {start} to {end} (in brackets).</source>
        <translation>Cambio: el promedio de este período menos el promedio del {start} al {end} (entre paréntesis).</translation>
    </message>
    <message>
        <source>No symptom scores were recorded in this period.</source>
        <translation>No se anotaron puntuaciones de síntomas en este período.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>no earlier scores</source>
        <translation>sin puntuaciones anteriores</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Other problem: {name}</source>
        <translation>Otro problema: {name}</translation>
    </message>
    <message>
        <source>{name} (family&apos;s tracker)</source>
        <translation>{name} (síntoma que sigue la familia)</translation>
    </message>
    <message>
        <source>Shading: severity bands (Selby et al. 2010)</source>
        <translation>Sombreado: niveles de gravedad (Selby et al. 2010)</translation>
    </message>
    <message>
        <source>Scores 0 to 10; higher is worse on every line (wellbeing: 0 is best).</source>
        <translation>Puntuaciones de 0 a 10; en cada línea, más alto es peor (bienestar: 0 es lo mejor).</translation>
    </message>
    <message>
        <source>Trends of the symptoms in the moderate or severe band, or that changed most.</source>
        <translation>Tendencias de los síntomas en el nivel moderado o severo, o de los que más cambiaron.</translation>
    </message>
    <message>
        <source>Breakthrough doses</source>
        <translation>Dosis de rescate</translation>
    </message>
    <message>
        <source>No breakthrough doses were recorded in this period.</source>
        <translation>No se anotaron dosis de rescate en este período.</translation>
    </message>
    <message>
        <source>Doses given: {count}, {average} a day on average, at most {most} in one day.</source>
        <translation>Dosis dadas: {count}; {average} al día en promedio; como máximo {most} en un día.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{count} × {medicine} {dose}</source>
        <translation>{count} × {medicine} {dose}</translation>
    </message>
    <message>
        <source>Reasons recorded: {list}</source>
        <translation>Motivos anotados: {list}</translation>
    </message>
    <message>
        <source>Symptom not named</source>
        <translation>Síntoma sin indicar</translation>
    </message>
    <message>
        <source>Doses with no score after: {count}</source>
        <translation>Dosis sin puntuación de después: {count}</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Medicine list on {date}</source>
        <translation>Lista de medicamentos al {date}</translation>
    </message>
    <message>
        <source>No medicines are on the list.</source>
        <translation>No hay medicamentos en la lista.</translation>
    </message>
    <message>
        <source>Medicine and what for</source>
        <translation>Medicamento y para qué es</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>How taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>as needed: {schedule}</source>
        <translation>según necesidad: {schedule}</translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times} los {days}</translation>
    </message>
    <message>
        <source>{words} ({times})</source>
        <translation>{words} ({times})</translation>
    </message>
    <message>
        <source>at least {interval} between doses</source>
        <translation>al menos {interval} entre dosis</translation>
    </message>
    <message>
        <source>at most {count} in 24 hours</source>
        <translation>como máximo {count} en 24 horas</translation>
    </message>
    <message>
        <source>Started, stopped or changed in this period</source>
        <translation>Iniciados, suspendidos o cambiados en este período</translation>
    </message>
    <message>
        <source>No medicine was started, stopped or changed in this period.</source>
        <translation>Ningún medicamento se inició, se suspendió ni se cambió en este período.</translation>
    </message>
    <message>
        <source>Added to the app, started, stopped or changed in this period</source>
        <translation>Añadidos a la aplicación, iniciados, suspendidos o cambiados en este período</translation>
    </message>
    <message>
        <source>Added to the app</source>
        <translation>Añadido a la aplicación</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Times changed</source>
        <translation>Horarios cambiados</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Datos cambiados</translation>
    </message>
    <message>
        <source>Notes marked for the team</source>
        <translation>Notas marcadas para el equipo</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>No se escribieron notas en este período.</translation>
    </message>
    <message>
        <source>No notes were marked for the team in this period.</source>
        <translation>No se marcaron notas para el equipo en este período.</translation>
    </message>
    <message>
        <source>for the team</source>
        <translation>para el equipo</translation>
    </message>
    <message>
        <source>Upcoming appointments (next four weeks)</source>
        <translation>Próximas citas (las próximas cuatro semanas)</translation>
    </message>
    <message>
        <source>Nothing is booked in the next four weeks.</source>
        <translation>No hay nada programado en las próximas cuatro semanas.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Questions for this visit</source>
        <translation>Preguntas para esta visita</translation>
    </message>
    <message>
        <source>No open questions for this visit.</source>
        <translation>No hay preguntas pendientes para esta visita.</translation>
    </message>
    <message>
        <source>Ask: {who}</source>
        <translation>Preguntar a: {who}</translation>
    </message>
    <message>
        <source>Key contacts</source>
        <translation>Contactos clave</translation>
    </message>
    <message>
        <source>Plan agreed at this visit</source>
        <translation>Plan acordado en esta visita</translation>
    </message>
    <message>
        <source>For the care team to write in.</source>
        <translation>Para que lo complete el equipo de atención.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{limit} or more</source>
        <translation>{limit} o más</translation>
    </message>
    <message>
        <source>under {limit}</source>
        <translation>menos de {limit}</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signos vitales</translation>
    </message>
    <message>
        <source>(readings)</source>
        <translation>(mediciones)</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Más baja</translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation>Por encima del umbral</translation>
    </message>
    <message>
        <source>Severe scores ({at} or more)</source>
        <translation>Puntuaciones graves ({at} o más)</translation>
    </message>
    <message>
        <source>Sharp rises ({by} or more over the average of the {days} days before)</source>
        <translation>Subidas bruscas ({by} o más sobre el promedio de los {days} días anteriores)</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <source>Low oxygen saturation</source>
        <translation>Saturación de oxígeno baja</translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}</source>
        <translation>
            <numerusform>{name} %n vez, la última el {day}</numerusform>
            <numerusform>{name} %n veces, la última el {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}, highest {reading}</source>
        <translation>
            <numerusform>{name} %n vez, la última el {day}, máxima {reading}</numerusform>
            <numerusform>{name} %n veces, la última el {day}, máxima {reading}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}, lowest {reading}</source>
        <translation>
            <numerusform>{name} %n vez, la última el {day}, mínima {reading}</numerusform>
            <numerusform>{name} %n veces, la última el {day}, mínima {reading}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more symptoms</source>
        <translation>
            <numerusform>y %n síntoma más</numerusform>
            <numerusform>y %n síntomas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts raised in the period</source>
        <translation>Alertas del período</translation>
    </message>
    <message>
        <source>No alert was raised in the period.</source>
        <translation>No hubo ninguna alerta en el período.</translation>
    </message>
    <message numerus="yes">
        <source>in %n diary entries</source>
        <translation>
            <numerusform>en %n entrada del diario</numerusform>
            <numerusform>en %n entradas del diario</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix: all diary notes</source>
        <translation>Apéndice: todas las notas del diario</translation>
    </message>
    <message>
        <source>Appendix: every breakthrough dose</source>
        <translation>Apéndice: todas las dosis de rescate</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administrada</translation>
    </message>
    <message>
        <source>Medicine and dose</source>
        <translation>Medicamento y dosis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Score before → after</source>
        <translation>Puntuación antes → después</translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n dosis</numerusform>
            <numerusform>%n dosis</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Las más recientes primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n more appointments in the next four weeks are on the calendar.</source>
        <translation>
            <numerusform>%n cita más de las próximas cuatro semanas está en el calendario.</numerusform>
            <numerusform>%n citas más de las próximas cuatro semanas están en el calendario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after-hours numbers are on the “Who to call” sheet.</source>
        <translation>
            <numerusform>%n número más fuera de horario está en la hoja «A quién llamar».</numerusform>
            <numerusform>%n números más fuera de horario están en la hoja «A quién llamar».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often between {start} and {end}: %n of {total} doses.</source>
        <translation>
            <numerusform>Sobre todo entre las {start} y las {end}: %n de {total} dosis.</numerusform>
            <numerusform>Sobre todo entre las {start} y las {end}: %n de {total} dosis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average score before → after a dose (doses with both scores): {list}</source>
        <translation>Puntuación media antes → después de una dosis (dosis con ambas puntuaciones): {list}</translation>
    </message>
    <message>
        <source>Doses each day</source>
        <translation>Dosis por día</translation>
    </message>
    <message>
        <source>Doses by hour of the day</source>
        <translation>Dosis por hora del día</translation>
    </message>
    <message numerus="yes">
        <source>%n more of these notes did not fit here; add the appendix of all diary notes to print every one.</source>
        <translation>
            <numerusform>%n nota más de estas no cupo aquí; añada el apéndice de todas las notas del diario para imprimirlas todas.</numerusform>
            <numerusform>%n notas más de estas no cupieron aquí; añada el apéndice de todas las notas del diario para imprimirlas todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary notes for the team and from days with a severe score</source>
        <translation>Notas del diario para el equipo y de días con una puntuación grave</translation>
    </message>
    <message numerus="yes">
        <source>%n notes written in this period</source>
        <translation>
            <numerusform>%n nota escrita en este período</numerusform>
            <numerusform>%n notas escritas en este período</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes written in this period</source>
        <translation>Ninguna nota escrita en este período</translation>
    </message>
    <message>
        <source>No note was marked for the team or written on a day with a severe score.</source>
        <translation>Ninguna nota se marcó para el equipo ni se escribió un día con una puntuación grave.</translation>
    </message>
    <message numerus="yes">
        <source>%n more open questions did not fit here; the app lists them all.</source>
        <translation>
            <numerusform>%n pregunta abierta más no cupo aquí; la aplicación las muestra todas.</numerusform>
            <numerusform>%n preguntas abiertas más no cupieron aquí; la aplicación las muestra todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>… (continues in the app)</source>
        <translation>… (continúa en la aplicación)</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>dormido</translation>
    </message>
    <message>
        <source>vomited</source>
        <translation>vomitó</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>lo rechazó</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no hacía falta</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Dose, how taken</source>
        <translation>Dosis, cómo se toma</translation>
    </message>
    <message>
        <source>Scheduled doses counted from {day}, when the family began the medicine log.</source>
        <translation>Dosis programadas contadas desde el {day}, cuando la familia empezó el registro de medicamentos.</translation>
    </message>
    <message>
        <source>Scheduled doses in the period. Skipped or refused: {list}</source>
        <translation>Dosis programadas del período. Omitidas o rechazadas: {list}</translation>
    </message>
</context>
<context>
    <name>WhoToCall</name>
    <message>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>para {name}</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Preparado el {date}</translation>
    </message>
    <message>
        <source>In an emergency call 911 (or your local emergency number)</source>
        <translation>En una emergencia, marque el 911 (o el número de emergencias de su localidad)</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>Llamar primero por síntomas</translation>
    </message>
    <message>
        <source>No one is marked “call first” yet. In the app, mark the person to call about new or worse symptoms.</source>
        <translation>Todavía no hay nadie marcado como “llamar primero”. En la aplicación, marque a la persona a quien llamar por síntomas nuevos o que empeoran.</translation>
    </message>
    <message>
        <source>After-hours and 24-hour lines</source>
        <translation>Líneas fuera de horario y de 24 horas</translation>
    </message>
    <message>
        <source>No after-hours or 24-hour line has been added yet.</source>
        <translation>Todavía no se agregó ninguna línea fuera de horario o de 24 horas.</translation>
    </message>
    <message>
        <source>The care team</source>
        <translation>El equipo de atención</translation>
    </message>
    <message>
        <source>No one has been added to the care team yet.</source>
        <translation>Todavía no se agregó a nadie al equipo de atención.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>Llamar por</translation>
    </message>
    <message>
        <source>Call about: {text}</source>
        <translation>Llamar por: {text}</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Keep this sheet by the phone. Confirm numbers with the care team.</source>
        <translation>Tenga esta hoja junto al teléfono. Confirme los números con el equipo de atención.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
</context>
</TS>
