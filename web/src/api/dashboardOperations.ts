import { parseDashboardData, parseHandoverData } from '../models/dashboard';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';

export const managementDashboardQuery = defineOperation(
  graphql(`
    query ManagementDashboard($areaId: ID) {
      managementDashboard(areaId: $areaId) {
        root { id name }
        minimumCellPeople
        themes { id name }
        areas {
          id name geometry suppressed stakeholders reached share
          blindSpots cellsOnOneOfficial cellsOnOneResident suppressedCells
        }
        cells {
          areaId themeId suppressed stakeholders reached share redundancy blindSpot
          singlePointOfFailure
        }
        blindSpots suppressedCells cellsOnOneOfficial cellsOnOneResident
        posts { id officialRole areaNames ordinal }
        trend { at coverageShare antennae fragmentation }
        funnel { status count }
        speed { area { id name } answered awaitingResponse medianDays }
      }
    }
  `),
  parseDashboardData,
);

export const handoverQuery = defineOperation(
  graphql(`
    query Handover($postId: ID!, $areaId: ID) {
      handover(postId: $postId, areaId: $areaId) {
        post { id officialRole areaNames ordinal }
        peopleLosingOnlyLink
        peopleSuppressed
        organizations { id name kind areaName }
        areas { area { id name } onlyAssignedOfficial losesAllReach }
      }
    }
  `),
  parseHandoverData,
);
