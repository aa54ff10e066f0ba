# Fails when a source string has no Swedish translation: runs lupdate over the
# sources into a copy of the catalogue and looks for unfinished entries.
# Inputs: LUPDATE, TS, SOURCE_DIR, WORK_DIR.
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/check_sv.ts)
configure_file(${TS} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
            -ts ${copy}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(STRINGS ${copy} lines)
    set(missing "")
    set(previous "")
    foreach(line IN LISTS lines)
        if(line MATCHES "type=\"unfinished\"")
            string(APPEND missing "\n  ${previous}")
        endif()
        set(previous "${line}")
    endforeach()
    message(FATAL_ERROR "${count} strings lack a Swedish translation in ${TS}. Run "
                        "`cmake --build build/default --target update_translations` and translate:${missing}")
endif()
message(STATUS "Every source string has a Swedish translation.")
