package com.trackingintegration.batch.config;

/** The job repository is open in another process: nothing can run here until that one ends. Exit code 2. */
public class JobRepositoryInUseException extends RuntimeException {

    public JobRepositoryInUseException(String message) {
        super(message);
    }
}
