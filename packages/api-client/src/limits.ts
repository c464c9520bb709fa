// Generated from openapi.json by `pnpm generate:client`. Do not edit by hand.

/** The limits (minimum, maximum, lengths, patterns, array sizes) the API enforces on each request field. */
export const LIMITS = {
  "RegisterDto": {
    "email": {
      "maxLength": 254
    },
    "password": {
      "minLength": 10,
      "maxLength": 128
    },
    "displayName": {
      "minLength": 1,
      "maxLength": 80
    },
    "joinCode": {
      "minLength": 4,
      "maxLength": 32
    }
  },
  "LoginDto": {
    "email": {
      "minLength": 1,
      "maxLength": 254
    },
    "password": {
      "minLength": 1,
      "maxLength": 1024
    }
  },
  "StudySettingsDto": {
    "desiredRetention": {
      "minimum": 0.7,
      "maximum": 0.97
    },
    "newPerDay": {
      "minimum": 0,
      "maximum": 9999
    },
    "reviewsPerDay": {
      "minimum": 0,
      "maximum": 99999
    },
    "dayStartHour": {
      "minimum": 0,
      "maximum": 23
    }
  },
  "UpdateStudySettingsDto": {
    "desiredRetention": {
      "minimum": 0.7,
      "maximum": 0.97
    },
    "newPerDay": {
      "minimum": 0,
      "maximum": 9999,
      "integer": true
    },
    "reviewsPerDay": {
      "minimum": 0,
      "maximum": 99999,
      "integer": true
    },
    "learningSteps": {
      "maxItems": 10,
      "items": {
        "pattern": "^\\d{1,4}[mhd]$"
      }
    },
    "relearningSteps": {
      "maxItems": 10,
      "items": {
        "pattern": "^\\d{1,4}[mhd]$"
      }
    },
    "dayStartHour": {
      "minimum": 0,
      "maximum": 23,
      "integer": true
    }
  },
  "AnswerDto": {
    "optionId": {
      "maxLength": 100
    }
  },
  "SubmitReviewDto": {
    "cardId": {
      "maxLength": 200
    },
    "durationMs": {
      "minimum": 0,
      "maximum": 3600000,
      "integer": true
    },
    "version": {
      "minimum": 0,
      "integer": true
    }
  },
  "SubmitReviewBatchDto": {
    "reviews": {
      "minItems": 1,
      "maxItems": 100
    }
  },
  "AddDeckDto": {
    "deckId": {
      "maxLength": 100
    }
  },
  "CreateCohortDto": {
    "name": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "UpdateCohortDto": {
    "name": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "CreateAssignmentDto": {
    "deckId": {
      "maxLength": 100
    },
    "startDate": {
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
    },
    "newPerDay": {
      "minimum": 1,
      "maximum": 200,
      "integer": true
    },
    "targetDate": {
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
    }
  },
  "UpdateAssignmentDto": {
    "startDate": {
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
    },
    "newPerDay": {
      "minimum": 1,
      "maximum": 200,
      "integer": true
    },
    "targetDate": {
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
    }
  },
  "JoinCohortDto": {
    "code": {
      "minLength": 4,
      "maxLength": 32
    }
  },
  "StartPracticeExamDto": {
    "deckId": {
      "maxLength": 100
    },
    "questionCount": {
      "minimum": 5,
      "maximum": 100,
      "integer": true
    },
    "timeLimitMinutes": {
      "minimum": 1,
      "maximum": 180,
      "integer": true
    },
    "cardTypes": {
      "minItems": 1
    }
  },
  "UpdateExamDto": {
    "title": {
      "minLength": 1,
      "maxLength": 120
    }
  },
  "AccommodationDto": {
    "extraTimePercent": {
      "minimum": 0,
      "maximum": 400,
      "integer": true
    }
  },
  "SetAccommodationsDto": {
    "accommodations": {
      "maxItems": 1000
    }
  },
  "CreateAssignedExamDto": {
    "title": {
      "minLength": 1,
      "maxLength": 120
    },
    "deckId": {
      "maxLength": 100
    },
    "questionCount": {
      "minimum": 5,
      "maximum": 100,
      "integer": true
    },
    "cardIds": {
      "minItems": 1,
      "maxItems": 100
    },
    "cardTypes": {
      "minItems": 1
    },
    "timeLimitMinutes": {
      "minimum": 1,
      "maximum": 300,
      "integer": true
    },
    "attemptsAllowed": {
      "minimum": 1,
      "maximum": 10,
      "integer": true
    },
    "accommodations": {
      "maxItems": 1000
    }
  },
  "StartExaminationDto": {
    "cardId": {
      "maxLength": 100
    },
    "position": {
      "minimum": 1,
      "maximum": 1000,
      "integer": true
    }
  },
  "ExaminationDto": {
    "probes": {
      "maxItems": 200
    },
    "tests": {
      "maxItems": 200
    }
  }
} as const;
