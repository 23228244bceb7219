package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.bookshelf.application.model.RowRejection;

/** Statements on {@code import_jobs} and {@code import_job_errors}; SQL in {@code ImportJobMapper.xml}. */
@Mapper
interface ImportJobMapper {

    long nextId();

    /** Inserts the job's row, {@code updatedAt} also being when it started. */
    void insert(ImportJobRow job);

    /** @return 1 when the job exists (and is now updated), 0 otherwise */
    int update(ImportJobRow job);

    /** Appends errors to the job's; {@code errors} must not be empty. */
    void insertErrors(@Param("jobId") long jobId, @Param("errors") List<RowRejection> errors);

    ImportJobRow find(long id);

    /** The job's errors, in line order. */
    List<RowRejection> errorsOf(long jobId);
}
