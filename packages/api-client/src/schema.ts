// Generated from openapi.json by `pnpm generate:client`. Do not edit by hand.

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards/{cardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Content_getCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_list"];
        put?: never;
        post: operations["Cohorts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Cohorts_update"];
        trace?: never;
    };
    "/api/cohorts/{cohortId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_assignments"];
        put?: never;
        post: operations["Cohorts_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Cohorts_unassign"];
        options?: never;
        head?: never;
        patch: operations["Cohorts_updateAssignment"];
        trace?: never;
    };
    "/api/cohorts/{cohortId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/examination-confusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CohortExaminations_confusions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CohortExams_list"];
        put?: never;
        post: operations["CohortExams_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/export/mastery-daily.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exports_daily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/export/roster.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exports_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/join-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Cohorts_rotateCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Cohorts_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/students/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_student"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Content_listDecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decks/{deckId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Content_getDeck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decks/{deckId}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Content_deckCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/examinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Examination_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/examinations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Examination_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/examinations/{id}/probes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Examination_probe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/examinations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Examination_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/examinations/{id}/tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Examination_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/{examId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Exams_remove"];
        options?: never;
        head?: never;
        patch: operations["Exams_update"];
        trace?: never;
    };
    "/api/exams/{examId}/accommodations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Exams_accommodations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/{examId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Exams_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/{examId}/attempts/{attemptId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exams_studentReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/{examId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exams_resultsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/attempts/{attemptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exams_attempt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/attempts/{attemptId}/questions/{position}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Exams_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/attempts/{attemptId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exams_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/attempts/{attemptId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Exams_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exams_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exams/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Exams_practiceList"];
        put?: never;
        post: operations["Exams_practice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Memberships_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Memberships_list"];
        put?: never;
        post: operations["Memberships_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{cohortId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Memberships_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress/exam": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Progress_exam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgressExams_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress/mastery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Progress_mastery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress/mastery/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Progress_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Progress_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/cards/{cardId}/bury": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Study_bury"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/cards/{cardId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Study_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/cards/{cardId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Study_cardState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/cards/{cardId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Study_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/cards/{cardId}/unbury": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Study_unbury"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/cards/{cardId}/unsuspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Study_unsuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/cards/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Study_suspendedCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/decks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Study_decks"];
        put?: never;
        post: operations["Study_addDeck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/decks/{deckId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Study_removeDeck"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Parameters_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/parameters/optimise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Parameters_optimise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Study_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Study_listReviews"];
        put?: never;
        post: operations["Study_submitReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/reviews/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Study_submitReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Study_getSettings"];
        put: operations["Study_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Study_undo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccommodationDto: {
            /**
             * @description Extra time as a percentage of the limit (WCAG 2.2.1 timing adjustable)
             * @example 50
             */
            extraTimePercent: number;
            /** Format: uuid */
            userId: string;
        };
        AccommodationViewDto: {
            displayName: string;
            extraTimePercent: number;
            /** Format: uuid */
            userId: string;
        };
        ActivityDayDto: {
            date: string;
            recallRate: number | null;
            reviews: number;
        };
        AddDeckDto: {
            deckId: string;
        };
        AnswerDto: {
            /** @description For multiple choice: the chosen option id */
            optionId?: string;
            /**
             * @description For click cards: the view clicked on
             * @enum {string}
             */
            view?: "anterior" | "posterior" | "plantar";
            /** @description For click cards: x in the view coordinates */
            x?: number;
            /** @description For click cards: y in the view coordinates */
            y?: number;
        };
        AnswerMapDto: {
            /** @description One line saying what the map shows (on root-versus-nerve cards, the difference) */
            caption: string;
            /** @description Roots to shade and label */
            highlight: ("L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2" | "S3" | "S4-5")[];
            /** @description Nerves whose territory to shade and label */
            highlightNerves: ("ilioinguinal" | "genitofemoral" | "lateral-femoral-cutaneous" | "femoral" | "obturator" | "saphenous" | "common-fibular" | "superficial-fibular" | "deep-fibular" | "sural" | "tibial-tarsal-tunnel" | "medial-calcaneal" | "medial-plantar" | "lateral-plantar" | "posterior-femoral-cutaneous" | "sciatic" | "pudendal")[];
            /** @description Roots whose ISNCSCI key point to mark */
            keyPoints: ("L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2" | "S3" | "S4-5")[];
            /**
             * @description The layer to draw: dermatome zones, nerve territories or both
             * @enum {string}
             */
            layer: "dermatomes" | "nerves" | "both";
            /**
             * @description The patient’s side(s) the shading is drawn on
             * @enum {string}
             */
            side: "right" | "left" | "both";
            /** @enum {string} */
            view: "anterior" | "posterior" | "plantar";
        };
        AssignmentDto: {
            cardCount: number;
            /** @description Study days the pace needs to introduce every card */
            daysAtPace: number;
            deckId: string;
            deckTitle: string;
            /** Format: uuid */
            id: string;
            newPerDay: number;
            startDate: string;
            targetDate: string | null;
        };
        AssignmentProgressDto: {
            daysToTarget: number | null;
            /** @description Cards the pace asks to have introduced by today */
            expected: number;
            seen: number;
            /** @enum {string} */
            status: "not-started" | "on-track" | "behind" | "complete";
            total: number;
        };
        AttemptDto: {
            attemptNumber: number;
            autoSubmitted: boolean;
            /** Format: date-time */
            deadlineAt: string | null;
            exam: components["schemas"]["ExamDto"];
            /** Format: uuid */
            id: string;
            questions: components["schemas"]["AttemptQuestionDto"][];
            remainingSeconds: number | null;
            /**
             * Format: date-time
             * @description The server clock: the page timer follows it
             */
            serverNow: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            submittedAt: string | null;
        };
        AttemptQuestionDto: {
            /** @description Your saved answer */
            answer: components["schemas"]["AnswerDto"] | null;
            face: components["schemas"]["CardFaceDto"];
            /** @description Tutor mode only, once answered */
            feedback: components["schemas"]["TutorFeedbackDto"] | null;
            flagged: boolean;
            position: number;
        };
        BreakdownDto: {
            /** @description A root (L1..S2, or saddle) or a card type */
            key: string;
            percent: number;
            questions: number;
            score: number;
        };
        CardCountsDto: {
            buried: number;
            learning: number;
            leeches: number;
            /** @description Never studied */
            new: number;
            relearning: number;
            review: number;
            suspended: number;
            total: number;
        };
        CardFaceDto: {
            /** @enum {string} */
            answerKind: "choice" | "click" | "flip" | "examination";
            /**
             * @description The view to click on (click cards)
             * @enum {string|null}
             */
            clickView: "anterior" | "posterior" | "plantar" | null;
            /** @enum {string} */
            deck: "maps" | "myotomes-reflexes" | "disc-levels" | "vignettes" | "peripheral-nerves" | "red-flags" | "examination" | "examination-cases";
            id: string;
            map: components["schemas"]["FaceMapDto"] | null;
            options: components["schemas"]["ChoiceOptionDto"][] | null;
            prompt: string;
            /** @enum {string} */
            type: "zone" | "locate" | "key-point" | "myotome-reflex" | "vignette" | "peripheral" | "disc-level" | "red-flag" | "examination" | "examination-case";
        };
        CardStateDto: {
            /** Format: date-time */
            buriedUntil: string | null;
            cardId: string;
            difficulty: number;
            /** Format: date-time */
            due: string;
            lapses: number;
            /** Format: date-time */
            lastReview: string | null;
            leech: boolean;
            reps: number;
            stability: number;
            /** @enum {string} */
            state: "new" | "learning" | "review" | "relearning";
            suspended: boolean;
            version: number;
        };
        ChoiceOptionDto: {
            id: string;
            text: string;
        };
        CohortDetailDto: {
            archived: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Path of the invite link, on the web app origin
             * @example /join/K7PM3QXA
             */
            invitePath: string;
            /** @example K7PM3QXA */
            joinCode: string;
            memberCount: number;
            name: string;
            ownerName: string;
            /**
             * @description Today's study date for the instructor (their time zone and day start), as the dashboard counts pace
             * @example 2026-11-24
             */
            today: string;
        };
        CohortDto: {
            archived: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Path of the invite link, on the web app origin
             * @example /join/K7PM3QXA
             */
            invitePath: string;
            /** @example K7PM3QXA */
            joinCode: string;
            memberCount: number;
            name: string;
            ownerName: string;
        };
        CohortExamDto: {
            accommodations: components["schemas"]["AccommodationViewDto"][];
            attemptsAllowed: number;
            /** Format: date-time */
            closesAt: string | null;
            /** Format: uuid */
            cohortId: string | null;
            deckId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "practice" | "assigned";
            /** @description Mean first-attempt percent */
            meanPercent: number | null;
            /** Format: date-time */
            opensAt: string | null;
            questionCount: number;
            /** @enum {string} */
            resultsVisibility: "at-submission" | "after-close";
            /** @description Students with a submitted attempt */
            submitted: number;
            timeLimitMinutes: number | null;
            title: string;
            tutorMode: boolean;
            /** @enum {string} */
            window: "upcoming" | "open" | "closed";
        };
        CreateAssignedExamDto: {
            accommodations?: components["schemas"]["AccommodationDto"][];
            /** @example 1 */
            attemptsAllowed: number;
            /** @description A hand-picked list of card ids, in place of questionCount */
            cardIds?: string[];
            /** @description Kinds of question to draw from (default: all but examination cases) */
            cardTypes?: ("vignettes" | "locate" | "key-points" | "disc-levels" | "red-flags" | "myotomes-reflexes" | "examination-cases")[];
            /** Format: date-time */
            closesAt: string;
            /**
             * @description Deck the questions come from
             * @example dermatomes-of-the-leg
             */
            deckId: string;
            /** Format: date-time */
            opensAt: string;
            /** @description Draw this many questions, balanced across roots (or give cardIds) */
            questionCount?: number;
            /**
             * @description When students see their results and the explanations
             * @enum {string}
             */
            resultsVisibility: "at-submission" | "after-close";
            /** @example 30 */
            timeLimitMinutes: number;
            /** @example Week 6 dermatome quiz */
            title: string;
        };
        CreateAssignmentDto: {
            /**
             * @description The built-in deck or one of its sub-decks
             * @example dermatomes-of-the-leg
             */
            deckId: string;
            /**
             * @description New cards per day that enter each member queue
             * @example 10
             */
            newPerDay: number;
            /**
             * @description First study date (YYYY-MM-DD)
             * @example 2026-11-24
             */
            startDate: string;
            /**
             * @description Target (exam) date, on or after the start date
             * @example 2026-12-20
             */
            targetDate?: string;
        };
        CreateCohortDto: {
            /** @example Neuro block 2026, group B */
            name: string;
        };
        DashboardDto: {
            activity: components["schemas"]["ActivityDayDto"][];
            assignments: components["schemas"]["AssignmentDto"][];
            cohort: components["schemas"]["CohortDto"];
            /** @description The cohort's mean current mastery per root (every member counts) */
            cohortMastery: components["schemas"]["RootLevelDto"][];
            /** @description The exam date predicted recall is shown for: the nearest assignment target date ahead */
            examDate: string | null;
            /** @enum {string} */
            granularity: "day" | "week";
            mostLapsed: components["schemas"]["LapsedCardDto"][];
            /** @description Cohort mean mastery per root since the cohort began */
            series: components["schemas"]["RootSeriesDto"][];
            students: components["schemas"]["DashboardStudentDto"][];
            today: string;
        };
        DashboardStudentDto: {
            /** @description Why the student needs attention; empty when on track */
            behind: string[];
            displayName: string;
            email: string;
            /** @description Predicted recall of the assignment's cards on the cohort's exam date (the nearest target date ahead); null without one */
            examRecall: components["schemas"]["StudentExamRecallDto"] | null;
            lastActive: string | null;
            mastery: components["schemas"]["RootLevelDto"][];
            meanMastery: number;
            /** @description Cards due before now and not yet reviewed */
            overdue: number;
            reviews7d: number;
            reviewsTotal: number;
            /** Format: uuid */
            userId: string;
        };
        DayCountDto: {
            count: number;
            date: string;
        };
        DayRateDto: {
            date: string;
            recallRate: number | null;
            reviews: number;
        };
        DeckCardsDto: {
            cards: components["schemas"]["CardFaceDto"][];
            deck: components["schemas"]["DeckDto"];
        };
        DeckCountsDto: {
            /** @description Due today in this deck */
            counts: components["schemas"]["QueueCountsDto"];
            deck: components["schemas"]["DeckDto"];
        };
        DeckDto: {
            /** @description Cards in the deck, its sub-decks included */
            cardCount: number;
            description: string;
            id: string;
            parentId: string | null;
            /** @description Ids of its sub-decks */
            subdeckIds: string[];
            title: string;
        };
        EfficiencyDto: {
            /** @description The fewest probes and tests that separate the lesion from its look-alikes */
            efficient: number;
            /** @description Probes and tests you made */
            used: number;
        };
        ErrorDto: {
            /** @description Every problem with the request, each with its field; always present on 400 */
            details?: components["schemas"]["FieldProblemDto"][];
            /** @example Bad Request */
            error: string;
            /** @example rating must be one of 1, 2, 3, 4 */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        ExamDto: {
            attemptsAllowed: number;
            /** Format: date-time */
            closesAt: string | null;
            /** Format: uuid */
            cohortId: string | null;
            deckId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "practice" | "assigned";
            /** Format: date-time */
            opensAt: string | null;
            questionCount: number;
            /** @enum {string} */
            resultsVisibility: "at-submission" | "after-close";
            timeLimitMinutes: number | null;
            title: string;
            tutorMode: boolean;
            /** @enum {string} */
            window: "upcoming" | "open" | "closed";
        };
        ExamForecastDto: {
            /** @description Study days until the exam */
            daysLeft: number | null;
            /** @description null without an exam date ahead */
            exam: components["schemas"]["ExamInfoDto"] | null;
            /** @description Mean predicted recall of all your cards on exam day, unseen 0 (0..1) */
            predictedRecall: number | null;
            /** @description Expected reviews per day until the exam */
            reviewsPerDay: number | null;
            roots: components["schemas"]["RootExamRecallDto"][];
            /** @description Cards due today (reviews and learning) plus the new cards today allows */
            todayLoad: number;
        };
        ExaminationConfusionDto: {
            /** @description What was answered instead */
            answer: string;
            answerName: string;
            /** @description How many times */
            count: number;
            /** @description Share of the examinations of this truth answered so (0..1) */
            share: number;
            /** @description The true lesion */
            truth: string;
            truthName: string;
        };
        ExaminationConfusionsDto: {
            /** @description Submitted examinations of current members */
            examinations: number;
            /** @description Most confused first (at most 10) */
            pairs: components["schemas"]["ExaminationConfusionDto"][];
        };
        ExaminationDto: {
            /** Format: uuid */
            attemptId: string | null;
            cardId: string;
            /** @enum {string} */
            context: "review" | "exam";
            /** @description Your submitted diagnosis */
            diagnosis: components["schemas"]["LesionAnswerDto"] | null;
            history: components["schemas"]["HistoryDto"];
            /** Format: uuid */
            id: string;
            /** @description Every lesion a diagnosis may name (the same list for every patient), roots before nerves */
            lesions: components["schemas"]["LesionChoiceDto"][];
            position: number | null;
            /** @description Probes as made; at most this many per examination (and as many motor and reflex tests) */
            probes: components["schemas"]["ProbeResultDto"][];
            /** @description Null until submitted, and for an exam question until the exam shows its results */
            result: components["schemas"]["ExaminationResultDto"] | null;
            /** @description Submitted, but the result waits for the exam to show its results */
            resultWithheld: boolean;
            submitted: boolean;
            tests: components["schemas"]["TestResultDto"][];
        };
        ExaminationResultDto: {
            answer: components["schemas"]["LesionAnswerDto"];
            correct: boolean;
            /** @description The findings that decide */
            decidingFindings: string[];
            efficiency: components["schemas"]["EfficiencyDto"];
            /** @description Why the answer is graded so */
            explanation: string;
            /** @enum {string} */
            grade: "right" | "partial" | "wrong";
            partial: boolean;
            submittedAt: string;
            /**
             * @description The rating the answer side starts on
             * @enum {number}
             */
            suggestedRating: 1 | 2 | 3 | 4;
            territory: components["schemas"]["TerritoryDto"];
            truth: components["schemas"]["LesionAnswerDto"];
        };
        ExaminationTestDto: {
            /** @enum {string} */
            side: "right" | "left";
            /**
             * @description A motor test (e.g. ankle-dorsiflexion) or a reflex (knee, ankle, plantar)
             * @enum {string}
             */
            test: "hip-flexion" | "hip-adduction" | "hip-abduction" | "knee-extension" | "ankle-dorsiflexion" | "great-toe-extension" | "foot-eversion" | "foot-inversion" | "ankle-plantar-flexion" | "knee" | "ankle" | "plantar";
        };
        ExamInfoDto: {
            /**
             * @description The exam date (a study date in your time zone)
             * @example 2027-03-15
             */
            date: string;
            /** @description Your own date, the cohort and deck of an assignment, or the assigned exam title */
            label: string;
            /**
             * @description Where the date comes from
             * @enum {string}
             */
            source: "settings" | "assignment" | "exam";
        };
        ExamResultDto: {
            /** Format: uuid */
            attemptId: string;
            byRoot: components["schemas"]["BreakdownDto"][];
            /** Format: uuid */
            examId: string;
            /** @enum {string} */
            kind: "practice" | "assigned";
            percent: number;
            /** Format: date-time */
            submittedAt: string;
            title: string;
        };
        ExamResultsDto: {
            exam: components["schemas"]["CohortExamDto"];
            /** @description First attempts counted in the item analysis */
            firstAttempts: number;
            items: components["schemas"]["ItemStatisticsDto"][];
            meanPercent: number | null;
            /** @description KR-20 / Cronbach's alpha over first attempts */
            reliability: number | null;
            students: components["schemas"]["StudentResultDto"][];
        };
        ExpectedAnswerDto: {
            /** @enum {string} */
            kind: "choice" | "click" | "flip" | "examination";
            /** @description The lesion of an examination case (root, saddle, cauda equina or nerve id) */
            lesion?: string;
            /**
             * @description The nerve of a territory target
             * @enum {string}
             */
            nerve?: "ilioinguinal" | "genitofemoral" | "lateral-femoral-cutaneous" | "femoral" | "obturator" | "saphenous" | "common-fibular" | "superficial-fibular" | "deep-fibular" | "sural" | "tibial-tarsal-tunnel" | "medial-calcaneal" | "medial-plantar" | "lateral-plantar" | "posterior-femoral-cutaneous" | "sciatic" | "pudendal";
            optionId?: string;
            point?: components["schemas"]["PointDto"] | null;
            /**
             * @description The root of a zone or key-point target
             * @enum {string}
             */
            root?: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2" | "S3" | "S4-5";
            /**
             * @description The patient’s side asked for, when the card names one; an examination case’s side (or both)
             * @enum {string}
             */
            side?: "right" | "left" | "both";
            text?: string;
            /** @enum {string} */
            view?: "anterior" | "posterior" | "plantar";
        };
        FaceMapDto: {
            /**
             * @description The layer to draw: dermatome zones, nerve territories or both
             * @enum {string}
             */
            layer: "dermatomes" | "nerves" | "both";
            /** @description A point marked on the question side */
            markPoint?: components["schemas"]["PointDto"];
            /** @description Indexes into mapViews[view].zones (from @dermatome/data) to shade */
            shade: number[];
            /** @description Indexes into mapViews[view].nerves (from @dermatome/data) to shade */
            shadeNerves: number[];
            /** @enum {string} */
            view: "anterior" | "posterior" | "plantar";
        };
        FieldProblemDto: {
            /**
             * @description Dotted path of the field (`accommodations.0.userId`); null for the request as a whole
             * @example newPerDay
             */
            field: string | null;
            /** @example newPerDay must be between 0 and 9999 */
            message: string;
        };
        FsrsFitDto: {
            /**
             * Format: date-time
             * @description Null while the fit is queued or running
             */
            finishedAt: string | null;
            /** @description Whether the fitted weights were kept (only when they lower the log loss) */
            kept: boolean;
            /** @description Log loss on your later reviews with the fitted weights */
            logLossAfter: number | null;
            /** @description Log loss on your later reviews with the weights in use before */
            logLossBefore: number | null;
            /** @description Why the weights were kept or not */
            outcome: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** @description Reviews in your log when the fit ran */
            reviewsUsed: number;
            /** @description Later reviews the log losses were measured on */
            scoredReviews: number;
            /** @description Optimiser items built from the earlier reviews (histories with a review a day or more later) */
            trainItems: number;
            /**
             * @description Asked for from settings, or started after enough new reviews
             * @enum {string}
             */
            trigger: "request" | "sweep";
        };
        GradeDto: {
            correct: boolean;
            /** @description A click in a transition band next to the right zone */
            partial: boolean;
        };
        HealthDto: {
            /** @enum {string} */
            database: "postgres" | "embedded";
            /**
             * @description Whether a query reached the database just now
             * @enum {string}
             */
            databaseStatus: "up" | "down";
            /** @description Nerve roots the content covers (from @dermatome/data) */
            roots: string[];
            /**
             * @description "unavailable" (with status 503) while the database is down
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        HistoryDto: {
            age: number;
            /** @enum {string} */
            sex: "female" | "male";
            story: string;
        };
        ItemStatisticsDto: {
            cardId: string;
            /** @description Corrected item-total correlation */
            discrimination: number | null;
            /** @description Share of the marks obtained (0..1) */
            facility: number;
            flags: ("too-hard" | "too-easy" | "poor-discrimination")[];
            /** @description How often each option was chosen in first attempts (multiple choice): which distractors draw students */
            options: components["schemas"]["OptionCountDto"][] | null;
            prompt: string;
            /** @description Students who answered it in a first attempt */
            responses: number;
            roots: string[];
            /** @enum {string} */
            type: "zone" | "locate" | "key-point" | "myotome-reflex" | "vignette" | "peripheral" | "disc-level" | "red-flag" | "examination" | "examination-case";
            /** @description First attempts that left it unanswered */
            unanswered: number;
        };
        JoinCohortDto: {
            /** @example K7PM3QXA */
            code: string;
        };
        JoinPreviewDto: {
            /** @description Whether the signed-in student already belongs to it (false when signed out) */
            alreadyMember: boolean;
            archived: boolean;
            /** Format: uuid */
            cohortId: string;
            cohortName: string;
            instructorName: string;
        };
        LapsedCardDto: {
            cardId: string;
            /** @description Lapses per review */
            lapseRate: number;
            /** @description Times members forgot it after learning it */
            lapses: number;
            /** @description Members who forgot it at least once */
            learners: number;
            prompt: string;
            roots: string[];
            /** @enum {string} */
            type: "zone" | "locate" | "key-point" | "myotome-reflex" | "vignette" | "peripheral" | "disc-level" | "red-flag" | "examination" | "examination-case";
        };
        LearnerDeckDto: {
            /** @description Due today in this deck */
            counts: components["schemas"]["QueueCountsDto"];
            deck: components["schemas"]["DeckDto"];
            /** @description Its sub-decks, with what is due in each today */
            subdecks: components["schemas"]["DeckCountsDto"][];
        };
        LesionAnswerDto: {
            /** @enum {string} */
            lesion: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2" | "S3-S5" | "cauda-equina" | "ilioinguinal" | "genitofemoral" | "lateral-femoral-cutaneous" | "femoral" | "obturator" | "saphenous" | "common-fibular" | "superficial-fibular" | "deep-fibular" | "sural" | "tibial-tarsal-tunnel" | "medial-calcaneal" | "medial-plantar" | "lateral-plantar" | "posterior-femoral-cutaneous" | "sciatic" | "pudendal";
            /** @description e.g. "L5 root" or "Common fibular nerve" */
            name: string;
            /** @enum {string} */
            side: "right" | "left" | "both";
        };
        LesionChoiceDto: {
            /** @enum {string} */
            id: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2" | "S3-S5" | "cauda-equina" | "ilioinguinal" | "genitofemoral" | "lateral-femoral-cutaneous" | "femoral" | "obturator" | "saphenous" | "common-fibular" | "superficial-fibular" | "deep-fibular" | "sural" | "tibial-tarsal-tunnel" | "medial-calcaneal" | "medial-plantar" | "lateral-plantar" | "posterior-femoral-cutaneous" | "sciatic" | "pudendal";
            /** @enum {string} */
            kind: "root" | "saddle" | "cauda-equina" | "nerve";
            /** @description e.g. "L5 root" or "Sural nerve" */
            name: string;
        };
        LoginDto: {
            /** @example sam@example.edu */
            email: string;
            password: string;
        };
        MasteryDto: {
            /** Format: date-time */
            at: string;
            roots: components["schemas"]["RootMasteryDto"][];
        };
        MasteryHistoryDto: {
            from: string;
            /** @description One series per root L1..S2, one point per study date */
            series: components["schemas"]["RootSeriesDto"][];
            to: string;
        };
        MasteryPointDto: {
            coverage: number;
            /** @example 2026-11-20 */
            date: string;
            /** @enum {string} */
            level: "not-started" | "learning" | "familiar" | "proficient" | "mastered";
            mastery: number;
            recall: number;
            seen: number;
            total: number;
        };
        MemberDto: {
            displayName: string;
            email: string;
            /** Format: date-time */
            joinedAt: string;
            /** Format: uuid */
            userId: string;
        };
        MembershipDto: {
            archived: boolean;
            assignments: components["schemas"]["MyAssignmentDto"][];
            /** Format: uuid */
            cohortId: string;
            cohortName: string;
            instructorName: string;
        };
        MyAssignmentDto: {
            cardCount: number;
            /** @description Study days the pace needs to introduce every card */
            daysAtPace: number;
            deckId: string;
            deckTitle: string;
            /** Format: uuid */
            id: string;
            newPerDay: number;
            progress: components["schemas"]["AssignmentProgressDto"];
            startDate: string;
            targetDate: string | null;
        };
        MyExamDto: {
            attemptsUsed: number;
            bestPercent: number | null;
            /** @description Whether you can start (or resume) an attempt now */
            canStart: boolean;
            cohortName: string | null;
            exam: components["schemas"]["ExamDto"];
            /** @description Your extra time, as a percentage of the limit (0 when none) */
            extraTimePercent: number;
            /**
             * Format: uuid
             * @description The latest submitted attempt whose report you can see
             */
            latestReportAttemptId: string | null;
            /** @description Your own time limit: the exam’s plus your extra time */
            myTimeLimitSeconds: number | null;
            /**
             * Format: uuid
             * @description An attempt in progress, to resume
             */
            openAttemptId: string | null;
        };
        OptimiseAcceptedDto: {
            fit: components["schemas"]["FsrsFitDto"];
            message: string;
        };
        OptionCountDto: {
            correct: boolean;
            count: number;
            optionId: string;
            text: string;
        };
        ParametersDto: {
            /** @description The fit whose weights are in use */
            keptFit: components["schemas"]["FsrsFitDto"] | null;
            /** @description The latest finished fit, kept or not */
            lastFit: components["schemas"]["FsrsFitDto"] | null;
            /** @description Reviews needed before a fit */
            minReviews: number;
            /** @description A fit queued or running */
            pending: components["schemas"]["FsrsFitDto"] | null;
            /** @description Your reviews (undone ones not counted) */
            reviewCount: number;
            /** @description How many more reviews are needed before a fit (0: you can optimise) */
            reviewsMissing: number;
            /** @description Whether your scheduler uses weights fitted from your reviews (otherwise the FSRS-6 defaults) */
            usingFittedWeights: boolean;
        };
        PointDto: {
            x: number;
            y: number;
        };
        PracticeAttemptDto: {
            /** Format: uuid */
            attemptId: string;
            percent: number | null;
            questionCount: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            submittedAt: string | null;
            timeLimitMinutes: number | null;
            title: string;
            tutorMode: boolean;
        };
        ProbeDto: {
            /** @enum {string} */
            modality: "light-touch" | "pinprick";
            /** @enum {string} */
            view: "anterior" | "posterior" | "plantar";
            /** @description x in the view coordinates */
            x: number;
            /** @description y in the view coordinates */
            y: number;
        };
        ProbeResultDto: {
            /** @enum {string} */
            answer: "normal" | "slightly-reduced" | "reduced" | "absent";
            /** @description What the patient says, in words */
            answerText: string;
            /** @enum {string} */
            modality: "light-touch" | "pinprick";
            /** @description The order of the probe or test in this examination, from 1 */
            seq: number;
            /**
             * @description The patient's side touched
             * @enum {string}
             */
            side: "right" | "left";
            /** @enum {string} */
            view: "anterior" | "posterior" | "plantar";
            x: number;
            y: number;
        };
        QueueCardDto: {
            cardId: string;
            face: components["schemas"]["CardFaceDto"];
            /** @enum {string} */
            kind: "learning" | "review" | "new";
            previews: components["schemas"]["RatingPreviewDto"][];
            /** @description Send it back with the review: a stale version gets 409 */
            version: number;
        };
        QueueCountsDto: {
            learning: number;
            new: number;
            review: number;
        };
        QueueDto: {
            cards: components["schemas"]["QueueCardDto"][];
            counts: components["schemas"]["QueueCountsDto"];
            /** Format: date-time */
            generatedAt: string;
            /** Format: date-time */
            nextDayStart: string;
            /**
             * Format: date-time
             * @description When the next learning card not in `cards` comes due today
             */
            nextLearningDue: string | null;
            /** @example 2026-11-23 */
            studyDate: string;
        };
        RatingPreviewDto: {
            /** Format: date-time */
            due: string;
            intervalSeconds: number;
            /** @example 10m */
            label: string;
            /**
             * @description 1 Again, 2 Hard, 3 Good, 4 Easy
             * @enum {number}
             */
            rating: 1 | 2 | 3 | 4;
        };
        RegisterDto: {
            /** @example Sam Okafor */
            displayName: string;
            /** @example sam@example.edu */
            email: string;
            /** @description A cohort join code: the new student joins that cohort as they sign up */
            joinCode?: string;
            /** @description Passwords must be 10 to 128 characters long, contain at least one letter and one digit, and must not contain your e-mail address. */
            password: string;
            /**
             * @default student
             * @enum {string}
             */
            role?: "student" | "instructor";
            /**
             * @description IANA time zone for the study day, e.g. Europe/Berlin (default UTC)
             * @example Europe/Berlin
             */
            timeZone?: string;
        };
        ReportDto: {
            /** Format: uuid */
            attemptId: string;
            autoSubmitted: boolean;
            byRoot: components["schemas"]["BreakdownDto"][];
            byType: components["schemas"]["BreakdownDto"][];
            durationSeconds: number;
            exam: components["schemas"]["ExamDto"];
            maxScore: number;
            percent: number;
            questions: components["schemas"]["ReportQuestionDto"][];
            score: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            submittedAt: string;
        };
        ReportQuestionDto: {
            answer: components["schemas"]["AnswerDto"] | null;
            /** @description The labelled map to show with the answer */
            answerMap: components["schemas"]["AnswerMapDto"] | null;
            answerText: string;
            correct: boolean;
            expected: components["schemas"]["ExpectedAnswerDto"];
            explanation: string;
            face: components["schemas"]["CardFaceDto"];
            partial: boolean;
            position: number;
            source: components["schemas"]["SourceDto"];
        };
        RevealDto: {
            /** @description The learner answer to grade (none for flip cards) */
            answer?: components["schemas"]["AnswerDto"];
        };
        RevealResultDto: {
            /** @description The labelled map to show with the answer */
            answerMap: components["schemas"]["AnswerMapDto"] | null;
            answerText: string;
            cardId: string;
            expected: components["schemas"]["ExpectedAnswerDto"];
            explanation: string;
            /** @description Null when no answer was given (flip cards) */
            grade: components["schemas"]["GradeDto"] | null;
            source: components["schemas"]["SourceDto"];
            /**
             * @description Wrong 1, partly right 2, right 3
             * @enum {number|null}
             */
            suggestedRating: 1 | 2 | 3 | 4 | null;
        };
        ReviewBatchItemDto: {
            message?: string;
            /**
             * @description applied now; replayed: this reviewId was applied before (result as then); refused: see status and message
             * @enum {string}
             */
            outcome: "applied" | "replayed" | "refused";
            /** @description The review result (applied or replayed) */
            result?: components["schemas"]["ReviewResultDto"];
            /** Format: uuid */
            reviewId: string;
            /** @description Why it was refused, as the single endpoint would answer: 404 not your card, 409 stale version, exam lock or reused id */
            status?: number;
        };
        ReviewBatchResultDto: {
            /** @description One per review sent, in the same order */
            results: components["schemas"]["ReviewBatchItemDto"][];
        };
        ReviewEntryDto: {
            cardId: string;
            /** @description Graded answers only */
            correct: boolean | null;
            durationMs: number;
            /** @enum {number} */
            rating: 1 | 2 | 3 | 4;
            /** Format: date-time */
            reviewedAt: string;
            /** Format: uuid */
            reviewId: string;
            studyDate: string;
            /** @description Undone reviews stay in the log, marked */
            undone: boolean;
        };
        ReviewResultDto: {
            /** @description The labelled map to show with the answer */
            answerMap: components["schemas"]["AnswerMapDto"] | null;
            answerText: string;
            /** @description This review made the card a leech (8 lapses) */
            becameLeech: boolean;
            cardId: string;
            expected: components["schemas"]["ExpectedAnswerDto"];
            explanation: string;
            /** @description Null when no answer was given (flip cards) */
            grade: components["schemas"]["GradeDto"] | null;
            intervalSeconds: number;
            /** Format: date-time */
            nextDue: string;
            /** @enum {number} */
            rating: 1 | 2 | 3 | 4;
            /** Format: date-time */
            reviewedAt: string;
            /** Format: uuid */
            reviewId: string;
            source: components["schemas"]["SourceDto"];
            state: components["schemas"]["CardStateDto"];
            /**
             * @description Wrong 1, partly right 2, right 3
             * @enum {number|null}
             */
            suggestedRating: 1 | 2 | 3 | 4 | null;
        };
        RootExamRecallDto: {
            /** @description Mean predicted recall of the root cards on exam day, unseen cards 0 (0..1) */
            predictedRecall: number;
            /** @enum {string} */
            root: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2";
            seen: number;
            total: number;
        };
        RootLevelDto: {
            coverage: number;
            /** @enum {string} */
            level: "not-started" | "learning" | "familiar" | "proficient" | "mastered";
            mastery: number;
            /** @enum {string} */
            root: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2";
        };
        RootMasteryDto: {
            /** @description Share of the root cards seen at least once (0..1) */
            coverage: number;
            /** @enum {string} */
            level: "not-started" | "learning" | "familiar" | "proficient" | "mastered";
            /** @description Durable knowledge: mean FSRS recall probability 30 days ahead over the root cards in your decks; unseen cards and cards still in their (re)learning steps count 0 (0..1) */
            mastery: number;
            /** @description Mean recall probability 30 days ahead over the seen cards, learning cards 0 (0..1) */
            recall: number;
            /** @enum {string} */
            root: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2";
            seen: number;
            total: number;
        };
        RootSeriesDto: {
            points: components["schemas"]["MasteryPointDto"][];
            /** @enum {string} */
            root: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2";
        };
        SaveAnswerDto: {
            /** @description The answer; null clears it (not in tutor mode) */
            answer?: components["schemas"]["AnswerDto"] | null;
            flagged?: boolean;
        };
        SetAccommodationsDto: {
            accommodations: components["schemas"]["AccommodationDto"][];
        };
        SourceDto: {
            citation: string;
            key: string;
            label: string;
        };
        StartExaminationDto: {
            /** @description Your exam attempt (with position): examine that question */
            attemptId?: string;
            /** @description An examination-case card of your decks (review); leave out for an exam question */
            cardId?: string;
            /** @description The question number in the attempt (from 1) */
            position?: number;
        };
        StartPracticeExamDto: {
            /**
             * @example [
             *       "vignettes",
             *       "locate"
             *     ]
             */
            cardTypes: ("vignettes" | "locate" | "key-points" | "disc-levels" | "red-flags" | "myotomes-reflexes" | "examination-cases")[];
            /** @example dermatomes-of-the-leg */
            deckId: string;
            /** @example 20 */
            questionCount: number;
            /** @description Omit for an untimed exam */
            timeLimitMinutes?: number;
            /** @description Untimed tutor mode: the explanation after each question (cannot be combined with a time limit) */
            tutorMode?: boolean;
        };
        StudentDetailDto: {
            activity: components["schemas"]["ActivityDayDto"][];
            assignments: components["schemas"]["MyAssignmentDto"][];
            /** @description Per-root mastery by day since the cohort began */
            history: components["schemas"]["RootSeriesDto"][];
            lastActive: string | null;
            mastery: components["schemas"]["RootMasteryDto"][];
            overdue: number;
            reviewsTotal: number;
            student: components["schemas"]["MemberDto"];
        };
        StudentExamRecallDto: {
            /** @example 2027-03-15 */
            date: string;
            /** @description Mean predicted recall on the exam date over the assignment cards, unseen 0 (0..1) */
            predictedRecall: number;
            roots: components["schemas"]["StudentRootExamRecallDto"][];
        };
        StudentResultDto: {
            attempts: number;
            bestPercent: number | null;
            displayName: string;
            /**
             * Format: uuid
             * @description Their first submitted attempt, to open its report
             */
            firstAttemptId: string | null;
            firstPercent: number | null;
            /** Format: date-time */
            firstSubmittedAt: string | null;
            /** Format: uuid */
            userId: string;
        };
        StudentRootExamRecallDto: {
            /** @description Mean predicted recall of the root cards on the exam date, unseen 0 (0..1) */
            predictedRecall: number;
            /** @enum {string} */
            root: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2";
        };
        StudySettingsDto: {
            /**
             * @description Hour at which a new study day starts
             * @example 4
             */
            dayStartHour: number;
            /**
             * @description Desired retention: higher means more reviews
             * @example 0.9
             */
            desiredRetention: number;
            /**
             * @description Your own exam date (used when examMode is manual)
             * @example 2027-03-15
             */
            examDate: string | null;
            /** @description After an exam, bring the cards you missed forward in your review queue */
            examMissesFirst: boolean;
            /**
             * @description auto: the nearest target date of an assignment or opening of an assigned exam; manual: examDate; off: no exam scheduling
             * @enum {string}
             */
            examMode: "auto" | "manual" | "off";
            /** @description Your FSRS-6 weights fitted from your own reviews (21 numbers); null while the defaults are used */
            fsrsWeights: number[] | null;
            /**
             * @example [
             *       "1m",
             *       "10m"
             *     ]
             */
            learningSteps: string[];
            /** @example 20 */
            newPerDay: number;
            /**
             * @example [
             *       "10m"
             *     ]
             */
            relearningSteps: string[];
            /** @example 200 */
            reviewsPerDay: number;
            /** @description Suspend a card when it becomes a leech (8 lapses); otherwise only tag it */
            suspendLeeches: boolean;
            /** @example Europe/Berlin */
            timeZone: string;
        };
        SubmitExaminationDto: {
            /** @enum {string} */
            lesion: "L1" | "L2" | "L3" | "L4" | "L5" | "S1" | "S2" | "S3-S5" | "cauda-equina" | "ilioinguinal" | "genitofemoral" | "lateral-femoral-cutaneous" | "femoral" | "obturator" | "saphenous" | "common-fibular" | "superficial-fibular" | "deep-fibular" | "sural" | "tibial-tarsal-tunnel" | "medial-calcaneal" | "medial-plantar" | "lateral-plantar" | "posterior-femoral-cutaneous" | "sciatic" | "pudendal";
            /** @enum {string} */
            side: "right" | "left" | "both";
        };
        SubmitResultDto: {
            /** Format: uuid */
            attemptId: string;
            report: components["schemas"]["ReportDto"] | null;
            /** @description Whether the report can be seen now */
            resultsAvailable: boolean;
            /**
             * Format: date-time
             * @description When the report becomes visible, if not now
             */
            resultsAvailableAt: string | null;
            /** Format: date-time */
            submittedAt: string;
        };
        SubmitReviewBatchDto: {
            /** @description Reviews in the order they were given; each is applied on its own, in this order */
            reviews: components["schemas"]["SubmitReviewDto"][];
        };
        SubmitReviewDto: {
            /** @description The learner answer to grade (none for flip cards) */
            answer?: components["schemas"]["AnswerDto"];
            cardId: string;
            /** @description Time spent on the card, in milliseconds */
            durationMs: number;
            /**
             * @description 1 Again, 2 Hard, 3 Good, 4 Easy
             * @enum {number}
             */
            rating: 1 | 2 | 3 | 4;
            /**
             * Format: uuid
             * @description Made by the client; sending the same id again applies the review once
             */
            reviewId: string;
            /** @description The card state version the queue gave; a stale one gets 409 */
            version: number;
        };
        SummaryDto: {
            /** @description Reviews per study date over the last 365 days */
            calendar: components["schemas"]["DayCountDto"][];
            cardCounts: components["schemas"]["CardCountsDto"];
            /** @description Cards due on each of the next 30 study dates (overdue counted today) */
            forecast: components["schemas"]["DayCountDto"][];
            /** @description Recall rate per study date over the last 90 days */
            recallHistory: components["schemas"]["DayRateDto"][];
            /** @description Consecutive study dates with reviews, up to today */
            streak: number;
            today: components["schemas"]["TodayDto"];
        };
        SuspendedCardDto: {
            face: components["schemas"]["CardFaceDto"];
            /** @description Times it was forgotten after being learnt */
            lapses: number;
            /** @description Suspended as a leech (forgotten too often), rather than by hand */
            leech: boolean;
        };
        TerritoryDto: {
            /** @enum {string} */
            layer: "dermatomes" | "nerves";
            /** @description Nerve territories of the true lesion */
            nerves: string[];
            /** @description Dermatomes of the true lesion */
            roots: string[];
            /** @enum {string} */
            side: "right" | "left" | "both";
        };
        TestResultDto: {
            /** @description normal, reduced, absent, flexor or extensor (reflexes) */
            finding: string | null;
            /** @description MRC grade 0-5 (motor tests) */
            grade: number | null;
            /** @enum {string} */
            kind: "motor" | "reflex";
            /** @description e.g. "Ankle dorsiflexion" */
            name: string;
            seq: number;
            /** @enum {string} */
            side: "right" | "left";
            /** @enum {string} */
            test: "hip-flexion" | "hip-adduction" | "hip-abduction" | "knee-extension" | "ankle-dorsiflexion" | "great-toe-extension" | "foot-eversion" | "foot-inversion" | "ankle-plantar-flexion" | "knee" | "ankle" | "plantar";
        };
        TodayDto: {
            date: string;
            recalled: number;
            /** @description Share recalled (not Again), null before the first review */
            recallRate: number | null;
            reviewed: number;
            timeSpentMs: number;
        };
        TutorFeedbackDto: {
            /** @description The labelled map to show with the answer */
            answerMap: components["schemas"]["AnswerMapDto"] | null;
            answerText: string;
            correct: boolean;
            expected: components["schemas"]["ExpectedAnswerDto"];
            explanation: string;
            partial: boolean;
            source: components["schemas"]["SourceDto"];
        };
        UndoResultDto: {
            cardId: string;
            /** @enum {number} */
            rating: 1 | 2 | 3 | 4;
            /** Format: uuid */
            reviewId: string;
            state: components["schemas"]["CardStateDto"];
        };
        UpdateAssignmentDto: {
            /**
             * @description New cards per day that enter each member queue
             * @example 12
             */
            newPerDay?: number;
            /**
             * @description First study date (YYYY-MM-DD)
             * @example 2026-11-24
             */
            startDate?: string;
            /**
             * @description Target (exam) date, on or after the start date; null removes it
             * @example 2026-12-20
             */
            targetDate?: string | null;
        };
        UpdateCohortDto: {
            /** @description Archive (true) or restore (false). An archived cohort takes no new members and its assignments pause. */
            archived?: boolean;
            name?: string;
        };
        UpdateExamDto: {
            /**
             * Format: date-time
             * @description Close earlier or later (attempts in progress keep their deadline)
             */
            closesAt?: string;
            title?: string;
        };
        UpdateStudySettingsDto: {
            dayStartHour?: number;
            desiredRetention?: number;
            /**
             * @description Your exam date (YYYY-MM-DD): from today up to 730 days ahead; null clears it
             * @example 2027-03-15
             */
            examDate?: string | null;
            examMissesFirst?: boolean;
            /** @enum {string} */
            examMode?: "auto" | "manual" | "off";
            learningSteps?: string[];
            newPerDay?: number;
            relearningSteps?: string[];
            reviewsPerDay?: number;
            suspendLeeches?: boolean;
            /** @example Europe/Berlin */
            timeZone?: string;
        };
        UserDto: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @description False for a self-declared instructor account not yet confirmed by an administrator */
            instructorVerified: boolean;
            /** @enum {string} */
            role: "student" | "instructor";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Content_getCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardFaceDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDetailDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCohortDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssignmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_updateAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_dashboard: {
        parameters: {
            query?: {
                granularity?: "day" | "week";
                /** @description Days without reviews before a student counts as inactive */
                inactiveDays?: number;
            };
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CohortExaminations_confusions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExaminationConfusionsDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CohortExams_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortExamDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CohortExams_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssignedExamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exports_daily: {
        parameters: {
            query?: {
                /** @description Start with a UTF-8 byte order mark, so spreadsheet programs read accents right */
                bom?: string;
            };
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one row per student, root and date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exports_roster: {
        parameters: {
            query?: {
                /** @description Start with a UTF-8 byte order mark, so spreadsheet programs read accents right */
                bom?: string;
            };
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: one row per student */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_rotateCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_roster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Cohorts_student: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Content_listDecks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeckDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Content_getDeck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deckId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeckDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Content_deckCards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deckId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeckCardsDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Examination_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartExaminationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExaminationDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Examination_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExaminationDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Examination_probe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProbeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProbeResultDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Examination_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitExaminationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExaminationDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Examination_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExaminationTestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestResultDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_accommodations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAccommodationsDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_studentReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_resultsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamResultsDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_attempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
                position: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitResultDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyExamDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_practiceList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeAttemptDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Exams_practice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPracticeExamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The database is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Memberships_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinPreviewDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Memberships_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Memberships_join: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinCohortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Memberships_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Progress_exam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamForecastDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgressExams_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamResultDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Progress_mastery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MasteryDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Progress_history: {
        parameters: {
            query?: {
                /** @description First study date (YYYY-MM-DD); default 29 days before `to` */
                from?: string;
                /** @description Last study date (YYYY-MM-DD); default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MasteryHistoryDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Progress_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_bury: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardStateDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealResultDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_cardState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardStateDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardStateDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_unbury: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardStateDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_unsuspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardStateDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_suspendedCards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspendedCardDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_decks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerDeckDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_addDeck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDeckDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_removeDeck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deckId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Parameters_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParametersDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Parameters_optimise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptimiseAcceptedDto"];
                };
            };
            /** @description Too few reviews: the message says how many more are needed; the parameters stay as they are */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_queue: {
        parameters: {
            query?: {
                /** @description Only this deck (and its sub-decks) */
                deckId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_listReviews: {
        parameters: {
            query?: {
                /** @description First study date (YYYY-MM-DD); default today */
                from?: string;
                /** @description Last study date (YYYY-MM-DD); default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewEntryDto"][];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_submitReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResultDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_submitReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReviewBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewBatchResultDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudySettingsDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStudySettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudySettingsDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    Study_undo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndoResultDto"];
                };
            };
            /** @description Error: { statusCode, error, message } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
}
