# Runs lupdate over the sources into a copy of TS_FILE and compares: the copy must not gain
# or lose messages, and nothing in it may be unfinished.
file(COPY_FILE ${TS_FILE} ${WORK_DIR}/check.ts)
string(REPLACE ";" "\n" source_list "${SOURCES}")
file(WRITE ${WORK_DIR}/sources.lst "${source_list}\n")
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none @${WORK_DIR}/sources.lst -ts ${WORK_DIR}/check.ts
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()

file(READ ${TS_FILE} original)
file(READ ${WORK_DIR}/check.ts updated)
string(REGEX MATCHALL "<message" original_messages "${original}")
string(REGEX MATCHALL "<message" updated_messages "${updated}")
list(LENGTH original_messages before)
list(LENGTH updated_messages after)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${updated}")
list(LENGTH unfinished unfinished_count)
string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" stale "${original}")
list(LENGTH stale stale_count)

message(STATUS "khien_vi.ts: ${before} messages; lupdate finds ${after}; ${unfinished_count} unfinished")
if(NOT before EQUAL after)
    message(FATAL_ERROR "translations/khien_vi.ts is out of date with the sources (${before} vs ${after} messages): run `cmake --build build --target update_translations` and translate the new strings")
endif()
if(unfinished_count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" missing "${updated}")
    message(FATAL_ERROR "${unfinished_count} Vietnamese translation(s) unfinished:\n${missing}")
endif()
if(stale_count GREATER 0)
    message(FATAL_ERROR "translations/khien_vi.ts has ${stale_count} vanished/obsolete entries: update with -no-obsolete")
endif()
